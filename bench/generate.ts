// Synthetic investigation for the benchmarks: 200,000 claims and ~2,000,000 verdicts by 500
// reviewers by default, loaded in well under five minutes on two cores.
// Standalone: tsx bench/generate.ts --database-url <url of a migrated database> [--claims N]
//   [--verdicts N] [--reviewers N] [--sources N]   (BENCH_DATABASE_URL is the default url)
// Reused by bench/dashboard.ts and, later, the export and load benchmarks.
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { hashPassword } from "@/lib/server/passwords";
import { fillClaimStats, verifyClaimStats, type TStatsCheck } from "./lib/claim-stats";
import { buildCorpus, RARE_WORD } from "./lib/corpus";
import { EDITOR_EMAIL, loadClaims, loadInvestigation, loadSources, loadUsers, reviewerEmail, type TBenchUser } from "./lib/load-base";
import { createPlan, loadAdjudications, loadEvidence, loadVerdicts } from "./lib/load-verdicts";

export const BENCH_PASSWORD = "bench-password";

export type TGenerateOptions = {
  databaseUrl: string;
  claims?: number;
  verdicts?: number;
  reviewers?: number;
  sources?: number;
  /** Share of verdicts that carry one piece of evidence. */
  evidenceShare?: number;
  log?: (line: string) => void;
};

export type TSyntheticInvestigation = {
  investigationId: string;
  editor: TBenchUser;
  reviewerEmails: string[];
  password: string;
  sourceIds: string[];
  rareWord: string;
  counts: { claims: number; verdicts: number; evidence: number; adjudications: number; reviewers: number; sources: number };
  statsCheck: TStatsCheck;
  steps: { step: string; seconds: number }[];
  totalSeconds: number;
};

export async function generateSyntheticInvestigation({
  databaseUrl, claims = 200_000, verdicts = 2_000_000, reviewers = 500, sources = 50, evidenceShare = 0.05, log = console.log,
}: TGenerateOptions): Promise<TSyntheticInvestigation> {
  const salt = randomBytes(4).toString("hex");
  const steps: { step: string; seconds: number }[] = [];
  const began = performance.now();
  const step = async <T>(name: string, work: () => Promise<T>, describe: (result: T) => string = () => ""): Promise<T> => {
    const t0 = performance.now();
    const result = await work();
    const seconds = (performance.now() - t0) / 1000;
    steps.push({ step: name, seconds });
    log(`  ${name.padEnd(26)} ${seconds.toFixed(1).padStart(6)} s  ${describe(result)}`);
    return result;
  };

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Replica role skips every trigger, the per-row ClaimStats refresh and foreign-key checks
    // included (the generator keeps references valid itself); ClaimStats is filled once at the end.
    await client.query(`SET session_replication_role = replica; SET synchronous_commit = off;
                        SET maintenance_work_mem = '512MB'; SET work_mem = '128MB'`);
    const passwordHash = await step("password hash (argon2id)", () => hashPassword(BENCH_PASSWORD));
    const editor = await step("users", () => loadUsers(client, { salt, reviewers, passwordHash }), () => `${reviewers} reviewers + 1 editor`);
    const investigationId = await step("investigation", () => loadInvestigation(client, { salt, editorId: editor.id, claims }));
    const corpus = await step("corpus (Node)", async () => buildCorpus({ claims, sources }),
      (c) => `${(c.docs.reduce((n, d) => n + d.cleanText.length, 0) / 1e6).toFixed(1)}M characters of text`);
    const sourceIds = await step("sources", () => loadSources(client, { salt, investigationId, editorId: editor.id, docs: corpus.docs }), (ids) => `${ids.length} sources`);
    await step("claims", () => loadClaims(client, { salt, investigationId, editorId: editor.id, sourceIds, anchors: corpus.anchors }), () => `${claims} claims`);
    await step("verdict plan", () => createPlan(client, { investigationId, reviewers, verdicts, claims, seed: 0.42 }));
    const verdictCount = await step("verdicts", () => loadVerdicts(client, { salt, reviewers }), (n) => `${n} verdicts`);
    const evidence = await step("evidence", () => loadEvidence(client, { salt, claims, sources, share: evidenceShare }), (n) => `${n} rows`);
    const adjudications = await step("adjudications", () => loadAdjudications(client, { salt, editorId: editor.id }), (n) => `${n} rows (incl. corrections)`);
    const statsRows = await step("ClaimStats (set-based)", () => fillClaimStats(client, investigationId), (n) => `${n} rows`);
    if (statsRows !== claims) throw new Error(`ClaimStats has ${statsRows} new rows for ${claims} claims`);
    await client.query(`DROP TABLE bench_claim, bench_reviewer; RESET session_replication_role`);
    const statsCheck = await step("ClaimStats check", () => verifyClaimStats(client, investigationId),
      (c) => `${c.identical}/${c.checked} identical to factdesk_refresh_claim_stats`);
    if (statsCheck.mismatches.length > 0) {
      for (const m of statsCheck.mismatches.slice(0, 10)) log(`    MISMATCH ${m.claimId} ${m.column}: loaded ${m.loaded}, refreshed ${m.refreshed}`);
      throw new Error(`ClaimStats differs from factdesk_refresh_claim_stats on ${statsCheck.checked - statsCheck.identical} claims`);
    }
    // VACUUM as well as ANALYZE: it sets the visibility map, as autovacuum soon would in steady
    // state, so index-only scans behave as they would on a settled database.
    await step("VACUUM ANALYZE", () => client.query(`VACUUM (ANALYZE) "User", "Investigation", "Source", "Claim", "Verdict", "Evidence", "Adjudication", "ClaimStats"`));
    const totalSeconds = (performance.now() - began) / 1000;
    log(`  ${"total".padEnd(26)} ${totalSeconds.toFixed(1).padStart(6)} s`);
    return {
      investigationId, editor, password: BENCH_PASSWORD, sourceIds, rareWord: RARE_WORD,
      reviewerEmails: Array.from({ length: reviewers }, (_, i) => reviewerEmail(i)),
      counts: { claims, verdicts: verdictCount, evidence, adjudications, reviewers, sources },
      statsCheck, steps, totalSeconds,
    };
  } finally {
    await client.end();
  }
}

export { EDITOR_EMAIL };

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      "database-url": { type: "string", default: process.env.BENCH_DATABASE_URL },
      claims: { type: "string", default: "200000" },
      verdicts: { type: "string", default: "2000000" },
      reviewers: { type: "string", default: "500" },
      sources: { type: "string", default: "50" },
    },
  });
  const databaseUrl = values["database-url"];
  if (!databaseUrl) {
    console.error("usage: tsx bench/generate.ts --database-url <postgres url of a migrated database> [--claims N] [--verdicts N] [--reviewers N] [--sources N]");
    process.exit(2);
  }
  const result = await generateSyntheticInvestigation({
    databaseUrl, claims: Number(values.claims), verdicts: Number(values.verdicts), reviewers: Number(values.reviewers), sources: Number(values.sources),
  });
  console.log(JSON.stringify({ investigationId: result.investigationId, editor: result.editor, counts: result.counts, totalSeconds: result.totalSeconds }, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
