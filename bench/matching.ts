// npm run bench:matching [-- --reuse] [-- --iterations 200]
// Suggestions for one claim — passages in other sources (findMatches) and similar claims
// (findSimilarClaims) — over the synthetic 200,000-claim investigation of the dashboard benchmark,
// through the app's own use cases. Comparison figure: the candidate-retrieval SQL alone (the
// floor under any ranking done in Node). A report, not a test: it exits 0 either way.
import { parseArgs } from "node:util";
import pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import { EDITOR_EMAIL, generateSyntheticInvestigation } from "./generate";
import { benchUrl, databaseExists, provideServer, recreateDatabase, serverVersion, stopOnSignal } from "./lib/database";
import { loadPassages } from "./lib/load-passages";
import { formatTable, percentile } from "./lib/report";
import { randomBytes } from "node:crypto";

const { values: args } = parseArgs({ options: { reuse: { type: "boolean", default: false }, iterations: { type: "string", default: "200" }, database: { type: "string", default: "factdesk_bench_matching" } } });
const TARGET_P95_MS = 50;

async function existing(url: string): Promise<{ investigationId: string; editor: Actor } | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const inv = await client.query<{ id: string; claims: number }>(`SELECT i.id, (SELECT count(*)::int FROM "Claim" c WHERE c."investigationId" = i.id) AS claims FROM "Investigation" i WHERE i.slug LIKE 'bench-%' ORDER BY i."createdAt" DESC LIMIT 1`);
    const editor = await client.query<Actor>(`SELECT id, email, name, role FROM "User" WHERE email = $1`, [EDITOR_EMAIL]);
    const found = inv.rows[0];
    return found && found.claims > 0 && editor.rows[0] ? { investigationId: found.id, editor: editor.rows[0] } : null;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

async function main() {
  const iterations = Number(args.iterations);
  const server = await provideServer();
  stopOnSignal(server.stop);
  try {
    const name = args.database!;
    console.log(`Server: ${server.label}, PostgreSQL ${await serverVersion(server.serverUrl)}; database "${name}"`);
    let url = benchUrl(server.serverUrl, name);
    let dataset = args.reuse && (await databaseExists(server.serverUrl, name)) ? await existing(url) : null;
    if (!dataset) {
      url = await recreateDatabase(server.serverUrl, name);
      console.log("Generating the synthetic investigation:");
      const generated = await generateSyntheticInvestigation({ databaseUrl: url });
      dataset = { investigationId: generated.investigationId, editor: generated.editor };
    }
    process.env.DATABASE_URL = url;
    const { createPrismaClient } = await import("@/lib/server/db");
    const { findMatches } = await import("@/lib/matching/find-matches");
    const { findSimilarClaims } = await import("@/lib/clusters/find-similar-claims");
    const { loadTermStats, rareWindows } = await import("@/lib/matching/term-stats");
    const { likePattern, termPatterns, LARGE_CANDIDATES } = await import("@/lib/matching/find-matches");
    const { textFeatures } = await import("@/lib/matching/features");
    const { loadVocabulary } = await import("@/lib/matching/vocabulary");
    const db = createPrismaClient(url);
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    try {
      const t0 = performance.now();
      const missing = (await pool.query(`SELECT 1 FROM "Source" s WHERE s."investigationId" = $1 AND NOT EXISTS (SELECT 1 FROM "Passage" p WHERE p."sourceId" = s.id) LIMIT 1`, [dataset.investigationId])).rowCount;
      let indexed = 0;
      if (missing) {
        const client = await pool.connect();
        try {
          indexed = await loadPassages(client, { salt: randomBytes(4).toString("hex"), investigationId: dataset.investigationId });
        } finally {
          client.release();
        }
      }
      const counts = (await pool.query<{ claims: number; passages: number; sources: number }>(
        `SELECT (SELECT count(*)::int FROM "Claim" WHERE "investigationId" = $1) AS claims, (SELECT count(*)::int FROM "Passage" WHERE "investigationId" = $1) AS passages, (SELECT count(*)::int FROM "Source" WHERE "investigationId" = $1) AS sources`,
        [dataset.investigationId],
      )).rows[0]!;
      console.log(`${counts.claims.toLocaleString("en")} claims, ${counts.sources} sources, ${counts.passages.toLocaleString("en")} passages${indexed ? ` (${indexed.toLocaleString("en")} indexed now in ${((performance.now() - t0) / 1000).toFixed(1)} s)` : ""}`);
      const sample = (await pool.query<{ id: string; sourceId: string; textNormalized: string }>(
        `SELECT id, "sourceId", "textNormalized" FROM "Claim" WHERE "investigationId" = $1 ORDER BY md5(id) LIMIT $2`, [dataset.investigationId, iterations],
      )).rows;
      const actor = dataset.editor;
      // Warm the per-process caches (alias table, term statistics) as a running app has them.
      await findMatches({ db, actor, input: { claimId: sample[0]!.id } });
      await findSimilarClaims({ db, actor, input: { claimId: sample[0]!.id } });
      const vocabulary = await loadVocabulary(db);
      const stats = await loadTermStats(db, dataset.investigationId, vocabulary);

      const times = { matches: [] as number[], similar: [] as number[], sql: [] as number[] };
      let returned = 0;
      for (const claim of sample) {
        let t = performance.now();
        returned += (await findMatches({ db, actor, input: { claimId: claim.id } })).length;
        times.matches.push(performance.now() - t);
        t = performance.now();
        await findSimilarClaims({ db, actor, input: { claimId: claim.id } });
        times.similar.push(performance.now() - t);
        t = performance.now();
        const client = await pool.connect();
        try {
          // The retrieval the app issues for this claim at this size: its entity spellings, figures
          // and rare windows, as LIKE, with the same row limit.
          const patterns = [...termPatterns(textFeatures(claim.textNormalized, vocabulary), vocabulary.aliases), ...rareWindows(claim.textNormalized, stats).map(likePattern)];
          await client.query(`SELECT p.id, p.text, p.normalized FROM "Passage" p WHERE p."investigationId" = $1 AND p."sourceId" <> $2 AND p.normalized LIKE ANY ($3::text[]) LIMIT $4`, [dataset.investigationId, claim.sourceId, patterns, LARGE_CANDIDATES]);
        } finally {
          client.release();
        }
        times.sql.push(performance.now() - t);
      }
      const row = (label: string, app: number[]) => {
        const p95 = percentile(app, 95);
        return { path: label, "p50 ms": percentile(app, 50).toFixed(1), "p95 ms": p95.toFixed(1), "p99 ms": percentile(app, 99).toFixed(1), "retrieval SQL p95 ms": percentile(times.sql, 95).toFixed(1), "× SQL": `${(p95 / percentile(times.sql, 95)).toFixed(2)}×`, target: `p95 < ${TARGET_P95_MS} ms`, result: p95 < TARGET_P95_MS ? "PASS" : "FAIL" };
      };
      console.log(`\n${iterations} claims, ${(returned / sample.length).toFixed(1)} passages returned per claim on average\n`);
      console.log(formatTable([row("passages in other sources (GET /claims/{id}/matches)", times.matches), row("similar claims (GET /claims/{id}/similar)", times.similar)]));
    } finally {
      await pool.end();
      await db.$disconnect();
    }
  } finally {
    await server.stop();
  }
}

await main();
