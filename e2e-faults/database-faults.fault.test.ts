import { chromium, type Browser } from "@playwright/test";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordSummary } from "@/lib/testing/run-summary";
import { startApp, startFaultDatabase, signIn, sleep } from "./harness";
import { seedFaultWorkspace, type TFaultWorkspace } from "./seed";

// Reviewers keep saving verdicts over HTTP against the real build while PostgreSQL is stopped and
// started CYCLES times under them. The app must answer 503 with the clear JSON error (never a 500 or a
// stack trace), report the outage on /api/health, show a readable page, recover by itself, and
// every save it acknowledged (2xx) must be in the database at the end.
const CYCLES = 3;
const PORT = Number(process.env.E2E_PORT ?? 3100) + 10;

type TAck = { reviewerId: string; claimId: string; version: number; label: string; rationale: string };
type TResponse = { at: number; client: number; status: number; body: string };

let database: Awaited<ReturnType<typeof startFaultDatabase>>;
let app: Awaited<ReturnType<typeof startApp>>;
let workspace: TFaultWorkspace;
let db: PrismaClient;
let browser: Browser;

beforeAll(async () => {
  database = await startFaultDatabase();
  ({ workspace, db } = await seedFaultWorkspace(database.url));
  app = await startApp(database.url, PORT);
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await db?.$disconnect();
  await database?.dispose();
});

/** A reviewer's client: saves its verdicts in turn from the version it last saw, until stopped. */
function runClient(client: number, token: string, acks: TAck[], responses: TResponse[], running: { on: boolean }) {
  const versions = new Map<string, number>();
  return (async () => {
    for (let n = 0; running.on; n++) {
      const claimId = workspace.claimIds[n % workspace.claimIds.length]!;
      const label = ["CORROBORATED", "CONTESTED", "CONTRADICTED"][n % 3]!;
      const rationale = `Client ${client}, save ${n}.`;
      const status = await fetch(`${app.baseUrl}/api/v1/claims/${claimId}/verdicts/me`, {
        method: "PUT",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ label, rationale, baseVersion: versions.get(claimId) ?? 0 }),
        signal: AbortSignal.timeout(20_000),
      }).then(
        async (response) => {
          const body = await response.text();
          responses.push({ at: Date.now(), client, status: response.status, body });
          const json = JSON.parse(body);
          if (response.ok) {
            versions.set(claimId, json.version);
            acks.push({ reviewerId: json.reviewer.id, claimId, version: json.version, label, rationale });
          }
          // A save cut off at commit may have landed unacknowledged: the 409 says where it stands.
          if (response.status === 409 && json.error.details?.current) versions.set(claimId, json.error.details.current.version);
          return response.status;
        },
        (error) => responses.push({ at: Date.now(), client, status: 0, body: String(error) }),
      );
      await sleep(status === 503 ? 100 : 40);
    }
  })();
}

function unexpected(responses: TResponse[]): TResponse[] {
  return responses.filter((r) => {
    if (r.status === 200) return false;
    if (r.status === 409) return !/"reason":"STALE"/.test(r.body);
    if (r.status !== 503) return true;
    const body = JSON.parse(r.body) as { error?: { code?: string; message?: string } };
    // The clear message from toHttp, and nothing of the server's insides.
    return body.error?.code !== "UNAVAILABLE" || !/try again/i.test(body.error.message ?? "") || /\bat \S+:\d+|node_modules|\.(?:ts|js):\d/.test(r.body);
  });
}

async function health(): Promise<{ status: number; database?: string }> {
  const response = await fetch(`${app.baseUrl}/api/health`, { signal: AbortSignal.timeout(10_000) });
  return { ...((await response.json()) as { database?: string }), status: response.status };
}

/** Opens the investigations page signed in and waits for `selector`: the outage message or the page itself. */
async function pageShows(testId: "error-database" | "current-user"): Promise<boolean> {
  const context = await browser.newContext({ baseURL: app.baseUrl });
  try {
    await context.addCookies([{ ...(await signInCookie), url: app.baseUrl }]);
    const page = await context.newPage();
    await page.goto("/");
    await page.getByTestId(testId).waitFor({ timeout: 15_000 });
    return testId === "current-user" || (await page.getByRole("heading", { name: "The database is unavailable" }).isVisible());
  } catch {
    return false;
  } finally {
    await context.close();
  }
}

let signInCookie: Promise<{ name: string; value: string }>;

/** Reads the live-event stream (SSE) and keeps each event's kind and arrival time. */
function watchLiveEvents(token: string, claimId: string) {
  const seen: { at: number; kind: string }[] = [];
  const controller = new AbortController();
  const done = fetch(`${app.baseUrl}/api/events?claimId=${claimId}`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal })
    .then(async (response) => {
      const decoder = new TextDecoder();
      const reader = response.body!.getReader();
      let buffer = "";
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        // A frame may arrive split over chunks: only whole frames (ending in a blank line) count.
        const frames = (buffer + decoder.decode(chunk.value, { stream: true })).split("\n\n");
        buffer = frames.pop()!;
        for (const frame of frames) {
          const kind = /^event: (\w+)$/m.exec(frame)?.[1];
          if (kind) seen.push({ at: Date.now(), kind });
        }
      }
    })
    .catch(() => undefined);
  return { seen, stop: () => (controller.abort(), done) };
}

it(`survives ${CYCLES} PostgreSQL stop/start cycles under saving clients, losing no acknowledged verdict`, async () => {
  signInCookie = signIn(app.baseUrl, workspace.pageUser.email, workspace.pageUser.password);
  await signInCookie;
  const acks: TAck[] = [];
  const responses: TResponse[] = [];
  const running = { on: true };
  const live = watchLiveEvents(workspace.tokens[0]!, workspace.claimIds[0]!);
  // Only a stream that was live before an outage is owed a "resync" after it.
  for (const deadline = Date.now() + 15_000; !live.seen.some((e) => e.kind === "ready") && Date.now() < deadline; ) await sleep(50);
  expect(live.seen.map((e) => e.kind)).toContain("ready");
  const clients = workspace.tokens.map((token, i) => runClient(i, token, acks, responses, running));
  let survived = 0;
  try {
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      await sleep(1_000);
      await database.halt();
      const downAt = Date.now();
      await sleep(1_500);
      const down = await health();
      const readable = await pageShows("error-database");
      const during = responses.filter((r) => r.at > downAt);
      await database.resume();
      const upAt = Date.now();
      let recovered = false;
      while (!recovered && Date.now() - upAt < 20_000) {
        recovered = (await health().catch(() => ({ status: 0 }))).status === 200;
        if (!recovered) await sleep(200);
      }
      // Every client gets a save through again, on the same app process.
      const resumedAt = Date.now();
      while (Date.now() - resumedAt < 20_000 && new Set(responses.filter((r) => r.at > resumedAt && r.status === 200).map((r) => r.client)).size < workspace.tokens.length) await sleep(100);
      const clientsBack = new Set(responses.filter((r) => r.at > resumedAt && r.status === 200).map((r) => r.client)).size;
      // The process's LISTEN connection comes back too: the stream says "resync", then changes flow again.
      const liveDeadline = Date.now() + 15_000;
      const liveAgain = () => live.seen.some((e) => e.at > upAt && e.kind === "resync") && live.seen.some((e) => e.at > upAt && e.kind === "change" && e.at > live.seen.find((r) => r.at > upAt && r.kind === "resync")!.at);
      while (!liveAgain() && Date.now() < liveDeadline) await sleep(100);
      const pageBack = await pageShows("current-user");
      const ok = {
        unavailable: during.some((r) => r.status === 503),
        health: down.status === 503 && down.database === "unreachable",
        readable,
        recovered,
        clientsBack: clientsBack === workspace.tokens.length,
        liveEvents: liveAgain(),
        pageBack,
        sameProcess: app.alive(),
        noUnexpected: unexpected(responses).length === 0,
      };
      console.info(`[faults] cycle ${cycle}: ${during.filter((r) => r.status === 503).length} × 503 while down, healthy ${resumedAt - upAt} ms after the restart`, ok);
      if (Object.values(ok).every(Boolean)) survived++;
      else console.error(`[faults] cycle ${cycle} failed`, ok, live.seen.filter((e) => e.kind !== "change" || e.at > upAt - 100).map((e) => `${e.kind}@${e.at - upAt}`).join(" "), unexpected(responses).slice(0, 5), app.logs.join("").slice(-4000));
    }
  } finally {
    running.on = false;
    await Promise.all(clients);
    await live.stop();
  }
  recordSummary({ metric: "Database fault cycles survived", tried: CYCLES, ok: survived });

  // Every acknowledged save is in the database: its revision, with what the client sent.
  const revisions = await db.verdictRevision.findMany({ select: { version: true, toLabel: true, rationale: true, verdict: { select: { claimId: true, reviewerId: true } } } });
  const stored = new Set(revisions.map((r) => `${r.verdict.claimId}/${r.verdict.reviewerId}@${r.version}:${r.toLabel}:${r.rationale}`));
  const found = acks.filter((a) => stored.has(`${a.claimId}/${a.reviewerId}@${a.version}:${a.label}:${a.rationale}`));
  recordSummary({ metric: "Verdicts acknowledged during database faults, found afterwards", tried: acks.length, ok: found.length });
  console.info(`[faults] ${responses.length} saves: ${acks.length} acknowledged = ${found.length} found, ${responses.filter((r) => r.status === 503).length} × 503`);

  expect(unexpected(responses).slice(0, 5)).toEqual([]);
  expect(survived).toBe(CYCLES);
  expect(found).toHaveLength(acks.length);
  expect(acks.length).toBeGreaterThan(0);
});
