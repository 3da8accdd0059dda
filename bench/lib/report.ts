// Percentiles and the one results table the dashboard benchmark prints.

export const TARGET = { appP95Ms: 100, ratio: 1.5 } as const;

/** Nearest-rank percentile of a sample (milliseconds). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export type TScenarioTimes = { app: number[]; raw: number[]; page: number[]; summary: number[] };
export type TScenarioResult = { name: string; matches: number; pageRows: number; times: TScenarioTimes };

export type TRow = Record<string, string>;

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

export function toRow(result: TScenarioResult): TRow & { result: string } {
  const { app, raw, page, summary } = result.times;
  const appP95 = percentile(app, 95);
  const rawP95 = percentile(raw, 95);
  const ratio = appP95 / rawP95;
  const failures = [appP95 > TARGET.appP95Ms ? "p95" : "", ratio > TARGET.ratio ? "ratio" : ""].filter(Boolean);
  return {
    scenario: result.name,
    "app p50": ms(percentile(app, 50)),
    "app p95": ms(appP95),
    "raw p95": ms(rawP95),
    ratio: `${ratio.toFixed(2)}×`,
    target: `≤${TARGET.appP95Ms} ms, ≤${TARGET.ratio}×`,
    result: failures.length === 0 ? "PASS" : `FAIL (${failures.join(", ")})`,
    "app p99": ms(percentile(app, 99)),
    "raw p50": ms(percentile(raw, 50)),
    "raw p99": ms(percentile(raw, 99)),
    "page p95": ms(percentile(page, 95)),
    "summary p95": ms(percentile(summary, 95)),
    "matching claims": result.matches.toLocaleString("en"),
  };
}

/** A hand-aligned table (numbers right-aligned), readable in a terminal and pasteable into Markdown. */
export function formatTable(rows: TRow[]): string {
  const first = rows[0];
  if (!first) return "(no rows)";
  const columns = Object.keys(first);
  const width = (column: string) => Math.max(column.length, ...rows.map((row) => [...(row[column] ?? "")].length));
  const numeric = (column: string) => rows.every((row) => /^[\d.,×]+$/.test(row[column] ?? ""));
  const cell = (column: string, value: string) => {
    const pad = " ".repeat(width(column) - [...value].length);
    return numeric(column) ? pad + value : value + pad;
  };
  const line = (values: string[]) => `| ${values.join(" | ")} |`;
  return [
    line(columns.map((c) => cell(c, c))),
    line(columns.map((c) => (numeric(c) ? `${"-".repeat(width(c) - 1)}:` : "-".repeat(width(c))))),
    ...rows.map((row) => line(columns.map((c) => cell(c, row[c] ?? "")))),
  ].join("\n");
}
