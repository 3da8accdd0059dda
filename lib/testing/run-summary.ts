import { appendFileSync } from "node:fs";

/**
 * One figure for the summary `npm test` prints at the end: `ok` of `tried` (e.g. XSS payloads ×
 * pages tried and found inert, verdicts acknowledged and found). Lines with the same metric add up,
 * so several test files can contribute to one row. Outside `npm test` this writes nothing.
 */
export type SummaryFigure = { metric: string; tried: number; ok: number; note?: string };

export function recordSummary(figure: SummaryFigure): void {
  const file = process.env.FACTDESK_TEST_SUMMARY;
  if (!file) return;
  appendFileSync(file, JSON.stringify(figure) + "\n");
}
