// The file formats as streams of text, one claim at a time: CSV (RFC 4180 through csv-stringify,
// CRLF, UTF-8 with a byte-order mark so Excel reads Chinese), the JSON report and ClaimReview
// JSON-LD. Row content comes from lib/reports/rows.ts; these only frame it.
import { stringify, type Options } from "csv-stringify/sync";
import type { TClaimGroup, TReportSqlRow } from "./group-rows";
import type { TReportClaim, TReportSource } from "./report-schema";
import { CLAIM_COLUMNS, VERDICT_COLUMNS, claimRow, claimReview, verdictRow, type TDesk } from "./rows";

// A cell Excel would read as a formula ("=HYPERLINK(…)" typed into a rationale) is kept as text by
// a leading apostrophe, as OWASP advises for CSV exports of user-written text.
const FORMULA_START = /^[=+\-@\t\r]/;
const CSV: Options = { record_delimiter: "windows", cast: { string: (value) => (FORMULA_START.test(value) ? `'${value}` : value) } };
// csv-stringify's sync API sets up a stringifier per call: one call per few hundred rows.
const ROWS_PER_CALL = 250;

async function* csvRows<T>(header: readonly string[], batches: AsyncIterable<T[]>, rowsOf: (item: T) => (string | number)[][]): AsyncGenerator<string> {
  yield stringify([[...header]], { ...CSV, bom: true });
  let rows: (string | number)[][] = [];
  for await (const batch of batches) {
    for (const item of batch) for (const row of rowsOf(item)) rows.push(row);
    if (rows.length >= ROWS_PER_CALL) {
      yield stringify(rows, CSV);
      rows = [];
    }
  }
  if (rows.length > 0) yield stringify(rows, CSV);
}

/** One row per claim. */
export function claimsCsv(claims: AsyncIterable<TReportClaim[]>): AsyncGenerator<string> {
  return csvRows(CLAIM_COLUMNS, claims, (claim) => [claimRow(claim)]);
}

/** One row per verdict. */
export function verdictsCsv(groups: AsyncIterable<TClaimGroup<TReportSqlRow>[]>): AsyncGenerator<string> {
  return csvRows(VERDICT_COLUMNS, groups, (group) => group.verdicts.map((verdict) => verdictRow(group.first.claimId, verdict)));
}

/**
 * The JSON report, written as it is read: the header fields, then one claim per line inside
 * "claims", then "claimCount". A claim per line also lets a client count progress by newlines.
 */
export async function* jsonReport(claims: AsyncIterable<TReportClaim[]>, head: Record<string, unknown>): AsyncGenerator<string> {
  yield `${JSON.stringify(head).slice(0, -1)},"claims":[`;
  let count = 0;
  for await (const batch of claims) yield batch.map((claim) => `${count++ === 0 ? "\n" : ",\n"}${JSON.stringify(claim)}`).join("");
  yield `\n],"claimCount":${count}}\n`;
}

/** schema.org ClaimReview objects in one JSON-LD graph, one per line, for claims with a final verdict. */
export async function* claimReviewJsonLd(claims: AsyncIterable<TReportClaim[]>, desk: TDesk, sources: ReadonlyMap<string, TReportSource>): AsyncGenerator<string> {
  yield `{"@context":"https://schema.org","@graph":[`;
  let count = 0;
  for await (const batch of claims) {
    const reviews = batch.flatMap((claim) => claimReview(claim, desk, sources) ?? []);
    yield reviews.map((review) => `${count++ === 0 ? "\n" : ",\n"}${JSON.stringify(review)}`).join("");
  }
  yield "\n]}\n";
}
