import { afterAll, afterEach, describe, expect, it } from "vitest";
import { publishEvent } from "@/lib/events/publish";
import { LIVE_EVENTS_CHANNEL, type TLiveFilter, type TLiveMessage } from "@/lib/events/types";
import { db } from "./db";
import { env } from "./env";
import { LISTENER_APPLICATION_NAME, LiveEventHub } from "./events";

// Short backoff and grace keep the test quick; the production defaults are 0.5–5 s and 30 s.
const hub = new LiveEventHub({ connectionString: env.DATABASE_URL, minBackoffMs: 50, maxBackoffMs: 200, graceMs: 50 });
const unsubscribers: (() => void)[] = [];
afterEach(() => unsubscribers.splice(0).forEach((unsubscribe) => unsubscribe()));
afterAll(() => hub.close());

/** Polls until `condition` holds, failing after a deadline instead of sleeping a fixed time. */
async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Subscribes, records every message, and resolves once the LISTEN is active. */
async function listen(filter: TLiveFilter) {
  const messages: TLiveMessage[] = [];
  unsubscribers.push(hub.subscribe(filter, (message) => messages.push(message)));
  await waitFor(() => messages.some((m) => m.kind === "ready"), "ready");
  const changes = () => messages.flatMap((m) => (m.kind === "change" ? [m.event] : []));
  const kinds = () => messages.map((m) => m.kind);
  return { messages, changes, kinds };
}

const base = { investigationId: "inv-a", actorId: "usr-1" } as const;

async function listenerPids(): Promise<number[]> {
  const rows = await db.$queryRaw<{ pid: number }[]>`
    SELECT pid FROM pg_stat_activity WHERE application_name = ${LISTENER_APPLICATION_NAME} AND datname = current_database()`;
  return rows.map((row) => row.pid);
}

describe("publishEvent → LiveEventHub", () => {
  it("delivers events in the order they were published, including several sent in one batch", async () => {
    const { changes } = await listen({ investigationId: "inv-a" });
    // Published in one tick: they travel in one NOTIFY statement, each its own notification.
    const burst = ["c1", "c2", "c3"].map((claimId) => publishEvent(db, { ...base, type: "claim.created", claimId }));
    await Promise.all([...burst, publishEvent(db, { ...base, type: "claim.updated", claimId: "c1" })]);
    await publishEvent(db, { ...base, type: "claim.deleted", claimId: "c2" });
    await waitFor(() => changes().length === 5, "five events");
    expect(changes().map((e) => `${e.type}:${e.claimId}`)).toEqual(["claim.created:c1", "claim.created:c2", "claim.created:c3", "claim.updated:c1", "claim.deleted:c2"]);
  });

  it("sends a use case's event only after its transaction committed, and none for one that rolled back", async () => {
    const { changes } = await listen({ investigationId: "inv-a" });
    const { saveVerdict } = await import("@/lib/verdicts/save-verdict");
    const { createClaim, createWorkspace } = await import("@/lib/testing/workspace-fixtures");
    const workspace = await createWorkspace(db);
    const { id: claimId } = await createClaim(db, { investigationId: workspace.investigationId, sourceId: workspace.claimSource.id, text: "Talks lasted four hours", exact: "four hours" });
    const { changes: claimChanges } = await listen({ claimId });
    // A stale save writes nothing and so announces nothing; the good save announces once, and by
    // the time anyone hears of it the verdict is there to be read.
    await expect(saveVerdict({ db, actor: workspace.reviewer1, input: { claimId, label: "CORROBORATED", baseVersion: 7 } })).rejects.toMatchObject({ code: "CONFLICT" });
    let seenInDatabase = false;
    const saved = saveVerdict({ db, actor: workspace.reviewer1, input: { claimId, label: "CORROBORATED" } });
    await waitFor(async () => {
      if (claimChanges().length === 0) return false;
      seenInDatabase = (await db.verdict.count({ where: { claimId } })) === 1;
      return true;
    }, "the verdict event");
    await saved;
    expect(seenInDatabase).toBe(true);
    expect(claimChanges().map((e) => e.type)).toEqual(["verdict.saved"]);
    expect(changes()).toEqual([]);
  });

  it("gives each subscriber only the events its filter matches", async () => {
    const investigation = await listen({ investigationId: "inv-a" });
    const claim = await listen({ claimId: "clm-1" });
    const source = await listen({ investigationId: "inv-a", sourceId: "src-1" });
    await publishEvent(db, { ...base, type: "comment.created", sourceId: "src-1", claimId: "clm-1" });
    await publishEvent(db, { ...base, type: "verdict.saved", sourceId: "src-2", claimId: "clm-2" });
    await publishEvent(db, { ...base, type: "source.updated", investigationId: "inv-b", sourceId: "src-3" });
    await publishEvent(db, { ...base, type: "claim.deleted", claimId: "clm-1" }); // last: every filter but source's
    await waitFor(() => claim.changes().length === 2 && investigation.changes().length === 3, "the last event");
    expect(investigation.changes().map((e) => e.type)).toEqual(["comment.created", "verdict.saved", "claim.deleted"]);
    expect(claim.changes().map((e) => e.type)).toEqual(["comment.created", "claim.deleted"]);
    expect(source.changes().map((e) => e.type)).toEqual(["comment.created"]);
  });

  it("ignores payloads that are not valid events", async () => {
    const { changes } = await listen({ investigationId: "inv-a" });
    for (const payload of ["not json", '{"type":"claim.created"}', JSON.stringify({ ...base, type: "claim.exploded", at: new Date().toISOString() })]) {
      await db.$executeRaw`SELECT pg_notify(${LIVE_EVENTS_CHANNEL}, ${payload})`;
    }
    await publishEvent(db, { ...base, type: "claim.updated" });
    await waitFor(() => changes().length > 0, "the valid event");
    expect(changes().map((e) => e.type)).toEqual(["claim.updated"]);
  });

  it("reconnects after the server kills its connection, signals resync, and delivers later events", async () => {
    const { changes, kinds } = await listen({ investigationId: "inv-a" });
    const [before] = await listenerPids();
    expect(before).toBeDefined();
    await db.$executeRaw`SELECT pg_terminate_backend(${before}::int)`;
    await waitFor(() => kinds().includes("resync"), "resync");
    // The killed backend may linger in pg_stat_activity for a moment after it was signalled.
    await waitFor(async () => {
      const after = await listenerPids();
      return after.length === 1 && after[0] !== before;
    }, "exactly one new listener connection");
    await publishEvent(db, { ...base, type: "assignment.changed", claimId: "clm-9" });
    await waitFor(() => changes().length > 0, "an event after reconnecting");
    expect(changes()[0]).toMatchObject({ type: "assignment.changed", claimId: "clm-9" });
  });

  it("closes its connection once the last subscriber has left for the grace period", async () => {
    await listen({ investigationId: "inv-a" });
    expect(await listenerPids()).toHaveLength(1);
    unsubscribers.splice(0).forEach((unsubscribe) => unsubscribe());
    await waitFor(async () => (await listenerPids()).length === 0, "the listener to disconnect");
    await listen({ claimId: "clm-1" });
    expect(await listenerPids()).toHaveLength(1);
  });
});
