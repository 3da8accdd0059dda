import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { recordSummary } from "@/lib/testing/run-summary";
import { createClaim, createUser, createWorkspace, quoteOf, TEXTS } from "@/lib/testing/workspace-fixtures";
import type { TVerdictDto } from "./dto";
import { saveVerdict } from "./save-verdict";

// 64 concurrent clients save verdicts on the same 4 claims: 8 reviewers, so each claim has 8 reviewers
// writing at once (different reviewers never conflict) and each (reviewer, claim) pair has two clients
// (two tabs of one reviewer) that race each other. Each client saves ROUNDS times from the version it
// last saw: both tabs open on an empty verdict (version 0), then each goes on from what its save or
// its 409 told it — so the two tabs keep colliding and some saves are stale.
const LABELS = ["CORROBORATED", "CONTESTED", "CONTRADICTED"] as const;
const CLIENTS = 64;
const ROUNDS = 3;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
let reviewers: Actor[];
let claimIds: string[];

type TOutcome = { client: number; reviewer: Actor; claimId: string; base: number; label: string; rationale: string; saved: TVerdictDto | null; error: unknown };

beforeAll(async () => {
  ws = await createWorkspace(db);
  reviewers = [ws.reviewer1, ws.reviewer2];
  for (let i = 0; i < 6; i++) reviewers.push(await createUser(db, "REVIEWER", `Racer ${i}`));
  claimIds = [];
  for (const exact of ["The minister said", "the talks in Riyadh", "lasted four hours", "Both sides agreed"]) {
    claimIds.push((await createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text: exact, exact })).id);
  }
});

async function runClient(client: number): Promise<TOutcome[]> {
  const reviewer = reviewers[client % 8]!;
  const claimId = claimIds[Math.floor(client / 8) % 4]!;
  const outcomes: TOutcome[] = [];
  let seen = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const label = LABELS[(client + round) % 3]!;
    const rationale = `Client ${client}, round ${round}.`;
    // Every other save cites evidence, so the Evidence triggers race on the statistics row too.
    const evidence = (client + round) % 2 ? [{ sourceId: ws.evidenceA.id, stance: "SUPPORTS", ...quoteOf(TEXTS.evidenceA, "the talks lasted four hours") }] : [];
    const outcome: TOutcome = { client, reviewer, claimId, base: seen, label, rationale, saved: null, error: null };
    try {
      outcome.saved = await saveVerdict({ db, actor: reviewer, input: { claimId, label, rationale, evidence, baseVersion: seen } });
      seen = outcome.saved.version;
    } catch (error) {
      outcome.error = error;
      const current = error instanceof AppError ? (error.details?.current as TVerdictDto | undefined) : undefined;
      if (current) seen = current.version;
    }
    outcomes.push(outcome);
  }
  return outcomes;
}

describe("64 concurrent clients saving verdicts", () => {
  it("store every acknowledged write, refuse only stale saves with 409, audit each write once, keep statistics exact", async () => {
    const outcomes = (await Promise.all(Array.from({ length: CLIENTS }, (_, i) => runClient(i)))).flat();
    const acks = outcomes.filter((o) => o.saved);
    const refused = outcomes.filter((o) => !o.saved);
    const pairOf = (o: { reviewer: Actor; claimId: string }) => `${o.claimId}/${o.reviewer.id}`;

    // A refusal is right only if it is the stale-save 409 and another save really did win from the
    // same base version (versions only move through acknowledged saves here).
    const justified = refused.filter((o) => {
      const stale = o.error instanceof AppError && o.error.status === 409 && o.error.details?.reason === "STALE";
      return stale && acks.some((a) => pairOf(a) === pairOf(o) && a.base === o.base);
    });
    recordSummary({ metric: "Concurrent verdict saves: stale saves answered 409", tried: refused.length, ok: justified.length });
    for (const o of refused) expect(justified, `${pairOf(o)} from version ${o.base}: ${String(o.error)}`).toContain(o);

    const verdicts = await db.verdict.findMany({
      where: { claimId: { in: claimIds } },
      select: { id: true, claimId: true, reviewerId: true, label: true, rationale: true, version: true, revisions: { select: { version: true, toLabel: true, rationale: true } } },
    });
    // One verdict per reviewer and claim, whatever the two tabs did.
    expect(verdicts).toHaveLength(32);
    expect(new Set(verdicts.map((v) => `${v.claimId}/${v.reviewerId}`)).size).toBe(32);

    // Every acknowledged write is in the database: its revision exists with what the client sent,
    // the acknowledged versions of a pair are exactly 1..n, and the verdict holds the last of them.
    const byPair = new Map(verdicts.map((v) => [`${v.claimId}/${v.reviewerId}`, v]));
    const found = acks.filter((a) => byPair.get(pairOf(a))?.revisions.some((r) => r.version === a.saved!.version && r.toLabel === a.label && r.rationale === a.rationale));
    recordSummary({ metric: "Concurrent verdict saves: acknowledged, found in the database", tried: acks.length, ok: found.length });
    expect(found).toHaveLength(acks.length);
    for (const [pair, verdict] of byPair) {
      const mine = acks.filter((a) => pairOf(a) === pair).sort((a, b) => a.saved!.version - b.saved!.version);
      expect(mine.map((a) => a.saved!.version)).toEqual(mine.map((_, i) => i + 1));
      expect(mine.map((a) => a.base)).toEqual(mine.map((_, i) => i));
      expect(verdict.revisions).toHaveLength(mine.length);
      const last = mine.at(-1)!;
      expect(verdict).toMatchObject({ version: last.saved!.version, label: last.label, rationale: last.rationale });
    }

    // Exactly one audit row per acknowledged write, carrying that write's version.
    const audits = await db.auditEvent.findMany({ where: { entityType: "Verdict", entityId: { in: verdicts.map((v) => v.id) } }, select: { entityId: true, action: true, data: true } });
    expect(audits).toHaveLength(acks.length);
    const audited = new Set(audits.map((a) => `${a.entityId}@${(a.data as { after: TVerdictDto }).after.version}`));
    expect(audited.size).toBe(acks.length);
    for (const a of acks) expect(audited).toContain(`${a.saved!.id}@${a.saved!.version}`);

    // The per-claim statistics, maintained by triggers under concurrency, equal a recount.
    for (const claimId of claimIds) {
      const stats = await db.claimStats.findUniqueOrThrow({ where: { claimId } });
      const mine = verdicts.filter((v) => v.claimId === claimId);
      const evidenceFor = await db.evidence.count({ where: { verdict: { claimId }, stance: "SUPPORTS" } });
      expect([stats.corroborated, stats.contested, stats.contradicted, stats.reviewers, stats.evidenceFor]).toEqual([
        mine.filter((v) => v.label === "CORROBORATED").length,
        mine.filter((v) => v.label === "CONTESTED").length,
        mine.filter((v) => v.label === "CONTRADICTED").length,
        mine.length,
        evidenceFor,
      ]);
    }
    expect(refused.length).toBeGreaterThan(0);
    console.info(`[races] ${outcomes.length} saves by ${CLIENTS} clients: ${acks.length} acknowledged = ${found.length} found, ${refused.length} stale → 409`);
  });

  it("lets exactly one of 16 saves from the same base version win, and loses none of the history", async () => {
    const reviewer = reviewers[7]!;
    const claimId = claimIds[0]!;
    const current = await db.verdict.findUniqueOrThrow({ where: { claimId_reviewerId: { claimId, reviewerId: reviewer.id } }, select: { version: true } });
    const attempts = await Promise.allSettled(
      Array.from({ length: 16 }, (_, i) => saveVerdict({ db, actor: reviewer, input: { claimId, label: LABELS[i % 3]!, rationale: `Attempt ${i}`, baseVersion: current.version } })),
    );
    const won = attempts.filter((a) => a.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const a of attempts) if (a.status === "rejected") expect((a.reason as AppError).status, String(a.reason)).toBe(409);
    const revisions = await db.verdictRevision.count({ where: { verdict: { claimId, reviewerId: reviewer.id } } });
    expect(revisions).toBe(current.version + 1);
  });
});
