// `npm run eval:matching`: the matcher against the hand-labelled demo set (lib/matching/eval/
// clusters.json), on a fresh database of its own: recall@5, MRR, stance accuracy, per cluster.
import { provideServer, recreateDatabase, stopOnSignal } from "../bench/lib/database";
import pg from "pg";

const EVAL_DATABASE = "factdesk_eval";
const server = await provideServer();
stopOnSignal(server.stop);
try {
  const url = await recreateDatabase(server.serverUrl, EVAL_DATABASE);
  process.env.DATABASE_URL = url;
  const { db } = await import("@/lib/server/db");
  const { runMatchingEval, formatEvalReport } = await import("@/lib/matching/eval/run-eval");
  console.log(`Matching evaluation on ${server.label}\n`);
  const report = await runMatchingEval(db);
  console.log(formatEvalReport(report));
  const sorted = [...report.millisPerClaim].sort((a, b) => a - b);
  console.log(`\nmatching time per claim on the demo corpus: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`);
  await db.$disconnect();
  const admin = new pg.Client({ connectionString: server.serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${EVAL_DATABASE}" WITH (FORCE)`);
  await admin.end();
} finally {
  await server.stop();
}
