// One load phase of the scale benchmark, run in a process of its own so that the generator's own
// work never shares an event loop with the probes timing the dashboard and live updates.
//   node --import tsx bench/lib/save-load.ts <input.json>     → one JSON line on stdout (TLoadResult)
// mode "api": autocannon, one connection per reviewer, PUT /api/v1/claims/{id}/verdicts/me with the
//   reviewer's bearer token and the version it last saw (so a revision is never refused as stale);
//   with several app processes the reviewers are split evenly between them.
// mode "direct": the same reviewers and claims through `pg`, one connection per reviewer, each save
//   the single statement DIRECT_UPSERT_SQL below (the Verdict row; its trigger refreshes ClaimStats).
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import autocannon from "autocannon";
import pg from "pg";
import { summarizeLatencies, type TLatency } from "./latency";
import type { TClient, TPhaseWork } from "./scale-data";
import { normalizeText } from "@/lib/text/normalize";

export type TLoadInput = { mode: "api" | "direct"; workFile: string; phase: string; seconds: number; baseUrls?: string[]; databaseUrl?: string };
export type TLoadResult = { mode: string; seconds: number; saves: number; perSecond: number; latency: TLatency; errors: number; statuses: Record<string, number>; sample?: string };

const LABELS = ["CORROBORATED", "CONTESTED", "CONTRADICTED"] as const;

/**
 * What "direct" issues per save, autocommitted, with the same parameters the API receives: insert
 * the reviewer's verdict or, when it exists, bump it if it is still at the version the client saw.
 * The AFTER trigger on Verdict then locks and recomputes the claim's ClaimStats row, exactly as it
 * does under the API's save.
 */
export const DIRECT_UPSERT_SQL = `INSERT INTO "Verdict" ("id", "claimId", "reviewerId", "label", "rationale", "rationaleNormalized", "createdAt", "updatedAt")
VALUES ($1, $2, $3, $4::"VerdictLabel", $5, $7, now(), now())
ON CONFLICT ("claimId", "reviewerId") DO UPDATE
  SET "label" = EXCLUDED."label", "rationale" = EXCLUDED."rationale", "rationaleNormalized" = EXCLUDED."rationaleNormalized", "version" = "Verdict"."version" + 1, "updatedAt" = now()
  WHERE "Verdict"."version" = $6
RETURNING "version"`;

/** A client's next save: claims in list order, again and again, each time at the version last saved. */
function cursor(client: TClient) {
  const versions = new Map(client.items.map((item) => [item.claimId, item.version]));
  let n = 0;
  return {
    next() {
      const item = client.items[n % client.items.length]!;
      const label = LABELS[n % LABELS.length]!;
      n += 1;
      return { claimId: item.claimId, label, rationale: label === "CORROBORATED" ? "" : `Bench save ${n}: the sources disagree on this.`, baseVersion: versions.get(item.claimId) ?? 0 };
    },
    saved(claimId: string, version: number) {
      versions.set(claimId, version);
    },
  };
}

function statusKey(status: number): string {
  return `${status}`;
}

/** One autocannon run: a connection per client, all against `baseUrl`. */
function autocannonRun(clients: TClient[], baseUrl: string, seconds: number, tally: { latencies: number[]; statuses: Record<string, number>; sample?: string }): Promise<autocannon.Result> {
  let nextClient = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon({
      url: baseUrl,
      connections: clients.length,
      duration: seconds,
      pipelining: 1,
      timeout: 10,
      // Each connection is one reviewer: its own token, claims and versions.
      setupClient(connection) {
        const client = clients[nextClient++ % clients.length]!;
        const saves = cursor(client);
        let current!: ReturnType<typeof saves.next>;
        connection.setRequests([{
          method: "PUT",
          setupRequest: (request) => {
            current = saves.next();
            return {
              ...request,
              path: `/api/v1/claims/${current.claimId}/verdicts/me`,
              headers: { authorization: `Bearer ${client.token}`, "content-type": "application/json" },
              body: JSON.stringify({ label: current.label, rationale: current.rationale, baseVersion: current.baseVersion }),
            };
          },
          onResponse: (status, body) => {
            tally.statuses[statusKey(status)] = (tally.statuses[statusKey(status)] ?? 0) + 1;
            if (status === 200) saves.saved(current.claimId, (JSON.parse(body) as { version: number }).version);
            else tally.sample ??= `${status} ${body.slice(0, 300)}`;
          },
        }]);
      },
    }, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on("response", (_client, _status, _bytes, responseTime) => tally.latencies.push(responseTime));
  });
}

/** The clients split evenly over the app processes (as a load balancer would), all at once. */
async function runApi(work: TPhaseWork, { baseUrls, seconds }: { baseUrls: string[]; seconds: number }): Promise<TLoadResult> {
  const tally: { latencies: number[]; statuses: Record<string, number>; sample?: string } = { latencies: [], statuses: {} };
  const shares = baseUrls.map((_, i) => work.clients.filter((_, c) => c % baseUrls.length === i));
  const results = await Promise.all(baseUrls.map((url, i) => autocannonRun(shares[i]!, url, seconds, tally)));
  const duration = Math.max(...results.map((r) => r.duration));
  const transport = results.reduce((n, r) => ({ errors: n.errors + r.errors, timeouts: n.timeouts + r.timeouts }), { errors: 0, timeouts: 0 });
  const ok = tally.statuses["200"] ?? 0;
  const failed = Object.entries(tally.statuses).reduce((n, [status, count]) => (status === "200" ? n : n + count), 0);
  return {
    mode: "api", seconds: duration, saves: ok, perSecond: ok / duration, latency: summarizeLatencies(tally.latencies),
    errors: failed + transport.errors + transport.timeouts,
    statuses: { ...tally.statuses, ...(transport.errors ? { errors: transport.errors } : {}), ...(transport.timeouts ? { timeouts: transport.timeouts } : {}) },
    ...(tally.sample ? { sample: tally.sample } : {}),
  };
}

async function runDirect(work: TPhaseWork, { databaseUrl, seconds }: { databaseUrl: string; seconds: number }): Promise<TLoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let sample: string | undefined;
  let saves = 0;
  const connections = await Promise.all(work.clients.map(async () => {
    const connection = new pg.Client({ connectionString: databaseUrl, options: "-c random_page_cost=1.1" });
    await connection.connect();
    return connection;
  }));
  const started = performance.now();
  const deadline = started + seconds * 1000;
  try {
    await Promise.all(work.clients.map(async (client, index) => {
      const connection = connections[index]!;
      const saveCursor = cursor(client);
      while (performance.now() < deadline) {
        const save = saveCursor.next();
        const t0 = performance.now();
        try {
          // Named, as the app's own save statement is: parsed and planned once per connection.
          const { rows } = await connection.query<{ version: number }>({ name: "direct-upsert", text: DIRECT_UPSERT_SQL, values: [`d${randomBytes(12).toString("hex")}`, save.claimId, client.reviewerId, save.label, save.rationale, save.baseVersion, normalizeText(save.rationale)] });
          latencies.push(performance.now() - t0);
          if (rows[0]) {
            saves += 1;
            saveCursor.saved(save.claimId, rows[0].version);
          } else statuses.stale = (statuses.stale ?? 0) + 1;
        } catch (error) {
          statuses.error = (statuses.error ?? 0) + 1;
          sample ??= String(error);
        }
      }
    }));
  } finally {
    await Promise.all(connections.map((c) => c.end()));
  }
  const elapsed = (performance.now() - started) / 1000;
  const failed = Object.values(statuses).reduce((n, c) => n + c, 0);
  return { mode: "direct", seconds: elapsed, saves, perSecond: saves / elapsed, latency: summarizeLatencies(latencies), errors: failed, statuses: { ok: saves, ...statuses }, ...(sample ? { sample } : {}) };
}

async function main(): Promise<void> {
  const input = JSON.parse(process.argv[2] ?? "{}") as TLoadInput;
  const work = (JSON.parse(await readFile(input.workFile, "utf8")) as Record<string, TPhaseWork>)[input.phase];
  if (!work) throw new Error(`No work for phase ${input.phase}`);
  const result = input.mode === "api"
    ? await runApi(work, { baseUrls: input.baseUrls ?? [], seconds: input.seconds })
    : await runDirect(work, { databaseUrl: input.databaseUrl ?? "", seconds: input.seconds });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
