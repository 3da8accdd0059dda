// One export timed in a process of its own, so its peak RSS is the export's alone: run by
// bench/export.ts as `node --import tsx bench/lib/export-child.ts '<json>'` with DATABASE_URL set.
// Streams the per-verdict CSV exactly as GET /api/v1/reports/<id>.verdicts.csv does (exportReport
// → ReadableStream) into a sink that counts bytes and records, and prints one JSON line.
import type { Actor } from "@/lib/auth/actor";

export type TChildInput = { investigationId: string; editorId: string; maxRows?: number };
export type TChildResult = {
  rows: number;
  bytes: number;
  seconds: number;
  firstByteSeconds: number;
  baselineRssMb: number;
  peakRssMb: number;
  sampledPeakRssMb: number;
};

const input = JSON.parse(process.argv[2] ?? "{}") as TChildInput;
const url = process.env.DATABASE_URL;
if (!url) throw new Error("export-child needs DATABASE_URL");
const { exportReport } = await import("@/lib/reports/export-report");
const { createReportPool } = await import("@/lib/reports/report-pool");
const pool = createReportPool(url, 1);
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

try {
  // Like the export itself, the child reads through the reports' pool only: the RSS measured is
  // the export's, not that of a Prisma engine the export never uses.
  const { rows } = await pool.query<Actor>(`SELECT "id", "email", "name", "role" FROM "User" WHERE "id" = $1`, [input.editorId]);
  const actor = rows[0];
  if (!actor) throw new Error(`No user ${input.editorId}`);
  const baseline = process.memoryUsage().rss;
  let sampled = baseline;
  const sampler = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const file = await exportReport({ actor, input: { investigationId: input.investigationId, format: "verdictsCsv" }, pool, ...(input.maxRows === undefined ? {} : { maxRows: input.maxRows }) });
  const reader = file.body.getReader();
  let bytes = 0;
  let records = 0;
  let previous = 0;
  let firstByte = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (bytes === 0) firstByte = performance.now();
    bytes += value.length;
    // Records end with CRLF; indexOf scans natively, so counting costs the export almost nothing.
    for (let at = value.indexOf(0x0a); at !== -1; at = value.indexOf(0x0a, at + 1)) {
      if ((at > 0 ? value[at - 1] : previous) === 0x0d) records++;
    }
    previous = value[value.length - 1] ?? 0;
  }
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  const result: TChildResult = {
    rows: records - 1, // the header line
    bytes,
    seconds,
    firstByteSeconds: (firstByte - t0) / 1000,
    baselineRssMb: mb(baseline),
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    sampledPeakRssMb: mb(sampled),
  };
  console.log(JSON.stringify(result));
} finally {
  await pool.end();
}
