// The figures tests record with lib/testing/run-summary.ts, added up per metric and printed as
// the last thing `npm test` shows — whether the run passed or not.
import { existsSync, readFileSync, rmSync } from "node:fs";

export function printTestSummary(file) {
  if (!existsSync(file)) return;
  const rows = new Map();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const { metric, tried, ok, note } = JSON.parse(line);
    const row = rows.get(metric) ?? { tried: 0, ok: 0, notes: new Set() };
    row.tried += tried;
    row.ok += ok;
    if (note) row.notes.add(note);
    rows.set(metric, row);
  }
  rmSync(file, { force: true });
  if (rows.size === 0) return;
  const width = Math.max(...[...rows.keys()].map((m) => m.length));
  console.log("\n━━ Summary of what the tests tried");
  for (const [metric, { tried, ok, notes }] of rows) {
    const mark = ok === tried ? "✔" : "✘";
    console.log(`${mark} ${metric.padEnd(width)}  ${String(ok).padStart(6)} of ${String(tried).padEnd(6)} ${[...notes].join("; ")}`);
  }
}
