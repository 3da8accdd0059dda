/** Milliseconds. */
export type TLatency = { count: number; p50: number; p95: number; p99: number; max: number; mean: number };

/** Nearest-rank percentiles (as bench/lib/report.ts), over a typed copy: a load phase records ~100k samples. */
export function summarizeLatencies(samples: ArrayLike<number>): TLatency {
  const sorted = Float64Array.from(samples).sort();
  const at = (p: number) => (sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!);
  let sum = 0;
  for (const x of sorted) sum += x;
  return { count: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? Number.NaN, mean: sorted.length ? sum / sorted.length : Number.NaN };
}
