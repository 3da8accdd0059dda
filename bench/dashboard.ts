// npm run bench:dashboard [-- --reuse] [-- --iterations 50 --warmup 10 --explain]
// Times the dashboard's first page through getDashboard (the app path) and through plain pg (the
// same two statements, in parallel), over a synthetic 200,000-claim investigation. A report, not a
// test: it exits 0 whether or not the targets are met. See bench/README.md.
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import { EDITOR_EMAIL, generateSyntheticInvestigation } from "./generate";
import { RARE_WORD } from "./lib/corpus";
import { measureScenario, scenarios, statementsFor, type TAppPath } from "./lib/dashboard-paths";
import { BENCH_DATABASE, benchUrl, databaseExists, provideServer, recreateDatabase, serverVersion, stopOnSignal } from "./lib/database";
import { explainScenario, OUT_DIR } from "./lib/explain";
import { formatTable, TARGET, toRow } from "./lib/report";

const { values: args } = parseArgs({
  options: {
    reuse: { type: "boolean", default: false },
    explain: { type: "boolean", default: false },
    iterations: { type: "string", default: "50" },
    warmup: { type: "string", default: "10" },
  },
});

type TDataset = { investigationId: string; editor: Actor; sourceIds: string[]; generation: string };

async function investigationSettings(pool: pg.Pool, id: string): Promise<{ blindReview: boolean; minVerdictsPerClaim: number }> {
  const { rows } = await pool.query<{ blindReview: boolean; minVerdictsPerClaim: number }>(`SELECT "blindReview", "minVerdictsPerClaim" FROM "Investigation" WHERE "id" = $1`, [id]);
  if (!rows[0]) throw new Error(`Investigation ${id} is missing`);
  return rows[0];
}

/** The investigation a previous run generated, when --reuse finds it complete. */
async function findExisting(url: string): Promise<TDataset | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const inv = await client.query<{ id: string; claims: number; stats: number }>(
      `SELECT i."id", (SELECT count(*)::int FROM "Claim" c WHERE c."investigationId" = i."id") AS claims,
              (SELECT count(*)::int FROM "ClaimStats" s WHERE s."investigationId" = i."id") AS stats
         FROM "Investigation" i WHERE i."slug" LIKE 'bench-%' ORDER BY i."createdAt" DESC LIMIT 1`,
    );
    const editor = await client.query<Actor>(`SELECT "id", "email", "name", "role" FROM "User" WHERE "email" = $1`, [EDITOR_EMAIL]);
    const found = inv.rows[0];
    const actor = editor.rows[0];
    if (!found || !actor || found.claims === 0 || found.claims !== found.stats) return null;
    const sources = await client.query<{ id: string }>(`SELECT "id" FROM "Source" WHERE "investigationId" = $1 ORDER BY "id"`, [found.id]);
    return { investigationId: found.id, editor: actor, sourceIds: sources.rows.map((r) => r.id), generation: "reused (--reuse)" };
  } catch {
    return null; // not migrated, or an older schema: generate afresh
  } finally {
    await client.end();
  }
}

async function datasetCounts(pool: pg.Pool, investigationId: string): Promise<string> {
  const { rows } = await pool.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM "Claim" WHERE "investigationId" = $1) AS claims,
            (SELECT count(*)::int FROM "Verdict" v JOIN "Claim" c ON c."id" = v."claimId" WHERE c."investigationId" = $1) AS verdicts,
            (SELECT count(*)::int FROM "Evidence") AS evidence, (SELECT count(*)::int FROM "Adjudication") AS adjudications,
            (SELECT count(*)::int FROM "User" WHERE "role" = 'REVIEWER') AS reviewers,
            (SELECT count(*)::int FROM "Source" WHERE "investigationId" = $1) AS sources`,
    [investigationId],
  );
  return Object.entries(rows[0] ?? {}).map(([k, v]) => `${v.toLocaleString("en")} ${k}`).join(", ");
}

async function main(): Promise<void> {
  const iterations = Number(args.iterations);
  const warmup = Number(args.warmup);
  const server = await provideServer();
  stopOnSignal(server.stop);
  try {
    console.log(`Server: ${server.label}, PostgreSQL ${await serverVersion(server.serverUrl)}; database "${BENCH_DATABASE}"`);
    let url = benchUrl(server.serverUrl);
    let dataset = args.reuse && (await databaseExists(server.serverUrl)) ? await findExisting(url) : null;
    if (!dataset) {
      const t0 = performance.now();
      url = await recreateDatabase(server.serverUrl);
      const migrate = (performance.now() - t0) / 1000;
      console.log(`Created and migrated "${BENCH_DATABASE}" in ${migrate.toFixed(1)} s. Generating:`);
      const generated = await generateSyntheticInvestigation({ databaseUrl: url });
      dataset = { ...generated, generation: `${generated.totalSeconds.toFixed(1)} s (ClaimStats check ${generated.statsCheck.identical}/${generated.statsCheck.checked} identical)` };
    }
    // lib/server/db.ts builds a default client from DATABASE_URL when imported: point it here first.
    process.env.DATABASE_URL = url;
    // This benchmark times computing the page and summary; a kept summary would time a lookup.
    process.env.DASHBOARD_SUMMARY_CACHE = "false";
    const { createPrismaClient } = await import("@/lib/server/db");
    const { getDashboard } = await import("@/lib/dashboard/get-dashboard");
    const prisma = createPrismaClient(url);
    // Same session settings as the app pool (lib/server/db.ts), so the ratio compares like with like.
    const pool = new pg.Pool({ connectionString: url, max: 10, options: "-c random_page_cost=1.1" });
    try {
      const editor = dataset.editor;
      const app: TAppPath = async (input) => {
        const result = await getDashboard({ db: prisma, actor: editor, input });
        return { rows: result.rows.length, claims: result.summary.claims };
      };
      const investigation = await investigationSettings(pool, dataset.investigationId);
      const sourceId = dataset.sourceIds[7] ?? dataset.sourceIds[0] ?? "";
      const results = [];
      const explained: string[] = [];
      console.log(`\nTiming ${iterations} iterations per path after ${warmup} warm-up rounds…`);
      for (const scenario of scenarios({ investigationId: dataset.investigationId, rareWord: RARE_WORD, sourceId })) {
        const statements = statementsFor(editor, scenario.input, investigation);
        const result = await measureScenario({ scenario, app, pool, statements, warmup, iterations });
        results.push(result);
        console.log(`  ${scenario.name}: ${result.matches.toLocaleString("en")} matching claims, ${result.pageRows} rows on the page`);
        if (args.explain) explained.push(...(await explainScenario(pool, scenario.name, statements)));
      }
      const rows = results.map(toRow);
      console.log(`\nData: ${await datasetCounts(pool, dataset.investigationId)}. Generation: ${dataset.generation}.`);
      console.log(`Targets: app p95 ≤ ${TARGET.appP95Ms} ms and app p95 / raw p95 ≤ ${TARGET.ratio}. Times in ms; N = ${iterations}.\n`);
      console.log(formatTable(rows));
      const failed = rows.filter((r) => r.result !== "PASS");
      console.log(failed.length === 0 ? "\nAll scenarios PASS." : `\nFAIL: ${failed.length} of ${rows.length} scenarios miss a target (${failed.map((r) => r.scenario).join("; ")}).`);
      if (explained.length > 0) console.log(`\nEXPLAIN (ANALYZE, BUFFERS):\n${explained.join("\n")}`);
      await mkdir(OUT_DIR, { recursive: true });
      await writeFile(path.join(OUT_DIR, "dashboard-latest.json"), JSON.stringify({ at: new Date().toISOString(), server: server.label, rows, results }, null, 2));
    } finally {
      await prisma.$disconnect();
      await pool.end();
    }
  } finally {
    await server.stop();
  }
}

await main();
