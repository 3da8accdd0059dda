// npm run bench:export [-- --reuse] [-- --repeat 3 --sizes 200000,2000000]
// Times the per-verdict CSV export (GET /api/v1/reports/<id>.verdicts.csv's code path) over the
// synthetic 200,000-claim / ~2,000,000-verdict investigation: rows/s and peak RSS at each size, each
// run in a child process of its own, against PostgreSQL's own COPY of the same statement.
// A report, not a test: it exits 0 whether or not the targets are met. See bench/README.md.
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { promisify } from "node:util";
import { ZDashboardQuery } from "@/lib/dashboard/schemas";
import { REPORT_SESSION_OPTIONS } from "@/lib/reports/report-pool";
import { reportSql } from "@/lib/reports/report-sql";
import { provideServer, serverVersion, stopOnSignal } from "./lib/database";
import type { TChildInput, TChildResult } from "./lib/export-child";
import { timeCopy } from "./lib/export-copy";
import { provideDataset } from "./lib/export-dataset";
import { OUT_DIR } from "./lib/explain";
import { formatTable, type TRow } from "./lib/report";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
const TARGET = { rowsPerSecond: 200_000, peakRssMb: 200, flatMb: 20 } as const;

const { values: args } = parseArgs({
  options: {
    reuse: { type: "boolean", default: false },
    repeat: { type: "string", default: "3" },
    sizes: { type: "string", default: "200000,2000000" },
    // Writes a V8 CPU profile of each export child to bench/out/profiles (open in Chrome DevTools).
    profile: { type: "boolean", default: false },
  },
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const thousands = (n: number) => Math.round(n).toLocaleString("en");

async function exportInChild(url: string, input: TChildInput): Promise<TChildResult> {
  const { stdout } = await run(process.execPath, [...(args.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.join(OUT_DIR, "profiles")}`] : []), "--import", "tsx", path.join(ROOT, "bench/lib/export-child.ts"), JSON.stringify(input)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production" },
    maxBuffer: 1024 * 1024,
  });
  const line = stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(line) as TChildResult;
}

async function main(): Promise<void> {
  const repeat = Math.max(1, Number(args.repeat));
  const server = await provideServer();
  stopOnSignal(server.stop);
  try {
    console.log(`Server: ${server.label}, PostgreSQL ${await serverVersion(server.serverUrl)}`);
    const data = await provideDataset(server.serverUrl, args.reuse);
    console.log(`Data: ${thousands(data.claims)} claims, ${thousands(data.verdicts)} verdicts. Generation: ${data.generation}.`);
    const query = ZDashboardQuery.parse({ investigationId: data.investigationId });
    // The full investigation when a size is at least its verdict count; else a LIMIT on the statement.
    const sizes = args.sizes.split(",").map(Number).filter((n) => n > 0);
    const rows: TRow[] = [];
    const results: Record<string, unknown>[] = [];
    for (const size of sizes) {
      const maxRows = size >= data.verdicts ? undefined : size;
      const runs: TChildResult[] = [];
      for (let i = 0; i < repeat; i++) {
        const result = await exportInChild(data.url, { investigationId: data.investigationId, editorId: data.editorId, ...(maxRows === undefined ? {} : { maxRows }) });
        console.log(`  ${thousands(result.rows)} rows in ${result.seconds.toFixed(2)} s (${thousands(result.rows / result.seconds)} rows/s), peak RSS ${result.peakRssMb} MB`);
        runs.push(result);
      }
      const statement = reportSql(query, { id: data.editorId, blindFor: false }, 0, { claims: false, ...(maxRows === undefined ? {} : { maxRows }) });
      const copy = await timeCopy(data.url, statement, REPORT_SESSION_OPTIONS);
      const rate = median(runs.map((r) => r.rows / r.seconds));
      const peak = Math.max(...runs.map((r) => r.peakRssMb));
      const failures = [rate < TARGET.rowsPerSecond ? "rows/s" : "", peak > TARGET.peakRssMb ? "RSS" : ""].filter(Boolean);
      results.push({ size, maxRows: maxRows ?? null, runs, copy });
      rows.push({
        "verdict rows": thousands(runs[0]?.rows ?? 0),
        "rows/s (median)": thousands(rate),
        "seconds (median)": median(runs.map((r) => r.seconds)).toFixed(2),
        "first byte s": median(runs.map((r) => r.firstByteSeconds)).toFixed(2),
        MB: ((runs[0]?.bytes ?? 0) / 1e6).toFixed(0),
        "baseline RSS MB": String(median(runs.map((r) => r.baselineRssMb))),
        "peak RSS MB": String(peak),
        "export's own MB": (peak - median(runs.map((r) => r.baselineRssMb))).toFixed(1),
        target: `≥${thousands(TARGET.rowsPerSecond)}/s, ≤${TARGET.peakRssMb} MB`,
        result: failures.length === 0 ? "PASS" : `FAIL (${failures.join(", ")})`,
        "COPY rows/s": thousands(copy.rows / copy.seconds),
        "export / COPY": `${(rate / (copy.rows / copy.seconds)).toFixed(2)}×`,
      });
    }
    const peaks = results.map((r) => Math.max(...(r.runs as TChildResult[]).map((x) => x.peakRssMb)));
    const growth = Math.max(...peaks) - Math.min(...peaks);
    console.log(`\nPer-verdict CSV export, ${repeat} run(s) per size, each in its own process. COPY = PostgreSQL's COPY (same SELECT) TO STDOUT WITH CSV through pg.\n`);
    console.log(formatTable(rows));
    console.log(`\nPeak RSS from the smallest to the largest export: ${growth.toFixed(1)} MB (flat: ≤ ${TARGET.flatMb} MB) — ${growth <= TARGET.flatMb ? "PASS" : "FAIL"}.`);
    await mkdir(OUT_DIR, { recursive: true });
    await writeFile(path.join(OUT_DIR, "export-latest.json"), JSON.stringify({ at: new Date().toISOString(), server: server.label, rows, results }, null, 2));
  } finally {
    await server.stop();
  }
}

await main();
