// Consecutive rows of the report statement (one per verdict and cited passage, ordered by claim)
// folded into report records: pure, so the grouping is unit-tested without a database.
import type { TLabel, TReportClaim, TReportEvidence, TReportSource, TReportVerdict } from "./report-schema";

// The statement's columns (lib/reports/report-sql.ts); timestamps arrive as ISO 8601 text.
export type TReportSqlRow = {
  claimId: string;
  verdictId: string | null;
  reviewerId: string | null;
  label: string | null;
  rationale: string | null;
  version: number | null;
  verdictCreatedAt: string | null;
  verdictUpdatedAt: string | null;
  evidenceId: string | null;
  evidenceSourceId: string | null;
  stance: string | null;
  quoteExact: string | null;
  positionStart: number | null;
  positionEnd: number | null;
  note: string | null;
  evidenceCreatedAt: string | null;
};

export type TReportClaimSqlRow = TReportSqlRow & {
  text: string;
  claimQuoteExact: string;
  quotePrefix: string;
  quoteSuffix: string;
  orphaned: boolean;
  claimCreatedAt: string;
  sourceId: string;
  corroborated: number;
  contested: number;
  contradicted: number;
  reviewers: number;
  consensus: string | null;
  disputed: boolean;
  agreement: number;
  finalVerdict: string | null;
  evidenceFor: number;
  evidenceAgainst: number;
  lastActivityAt: string;
  finalRationale: string | null;
  finalAt: string | null;
  finalFirstAt: string | null;
  finalCorrected: boolean | null;
  finalEditor: string | null;
};

export type TClaimGroup<R extends TReportSqlRow> = { first: R; verdicts: TReportVerdict[] };
/** Names the statement leaves out (small tables, read once): source titles and reviewer names. */
export type TNames = { source: (id: string) => string; reviewer: (id: string) => string };

const byTimeThenId = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Groups rows, arriving in batches, by claim. Within a claim the rows come ordered by reviewer, so
 * each verdict's passages are consecutive; verdicts are then put in the order they were given,
 * passages in citation order. Holds one claim at a time; yields every claim a batch completes.
 */
export async function* groupClaims<R extends TReportSqlRow>(batches: AsyncIterable<R[]>, names: TNames): AsyncGenerator<TClaimGroup<R>[]> {
  let group: TClaimGroup<R> | null = null;
  let verdict: TReportVerdict | null = null;
  for await (const batch of batches) {
    const done: TClaimGroup<R>[] = [];
    for (const row of batch) {
      if (!group || row.claimId !== group.first.claimId) {
        if (group) done.push(finish(group));
        group = { first: row, verdicts: [] };
        verdict = null;
      }
      if (row.verdictId === null) continue;
      if (!verdict || verdict.id !== row.verdictId) {
        verdict = toVerdict(row, row.verdictId, names);
        group.verdicts.push(verdict);
      }
      if (row.evidenceId !== null) verdict.evidence.push(toEvidence(row, row.evidenceId, names));
    }
    if (done.length > 0) yield done;
  }
  if (group) yield [finish(group)];
}

function finish<R extends TReportSqlRow>(group: TClaimGroup<R>): TClaimGroup<R> {
  if (group.verdicts.length > 1) group.verdicts.sort(byTimeThenId);
  for (const verdict of group.verdicts) if (verdict.evidence.length > 1) verdict.evidence.sort(byTimeThenId);
  return group;
}

function toVerdict(row: TReportSqlRow, id: string, names: TNames): TReportVerdict {
  const reviewerId = row.reviewerId ?? "";
  return {
    id,
    reviewer: { id: reviewerId, name: names.reviewer(reviewerId) },
    label: row.label as TLabel,
    rationale: row.rationale ?? "",
    version: row.version ?? 1,
    createdAt: row.verdictCreatedAt ?? "",
    updatedAt: row.verdictUpdatedAt ?? "",
    evidence: [],
  };
}

function toEvidence(row: TReportSqlRow, id: string, names: TNames): TReportEvidence {
  const sourceId = row.evidenceSourceId ?? "";
  return {
    id,
    sourceId,
    sourceTitle: names.source(sourceId),
    stance: row.stance as TReportEvidence["stance"],
    exact: row.quoteExact ?? "",
    start: row.positionStart,
    end: row.positionEnd,
    note: row.note ?? "",
    createdAt: row.evidenceCreatedAt ?? "",
  };
}

/** The claim record of the JSON report (and every other claim-level format) from its group. */
export function toReportClaim({ first: row, verdicts }: TClaimGroup<TReportClaimSqlRow>, source: TReportSource): TReportClaim {
  const final =
    row.finalVerdict && row.finalAt
      ? {
          label: row.finalVerdict as TLabel,
          rationale: row.finalRationale ?? "",
          editor: row.finalEditor,
          publishedAt: row.finalAt,
          firstPublishedAt: row.finalFirstAt ?? row.finalAt,
          corrected: row.finalCorrected === true,
        }
      : null;
  return {
    id: row.claimId,
    text: row.text,
    quote: { exact: row.claimQuoteExact, prefix: row.quotePrefix, suffix: row.quoteSuffix, orphaned: row.orphaned },
    source,
    counts: { CORROBORATED: row.corroborated, CONTESTED: row.contested, CONTRADICTED: row.contradicted },
    reviewers: row.reviewers,
    consensus: row.consensus as TReportClaim["consensus"],
    disputed: row.disputed,
    // ClaimStats keeps -1 for "fewer than two verdicts" so it sorts last; the report says null.
    agreement: row.agreement < 0 ? null : row.agreement,
    finalVerdict: final,
    evidence: { supports: row.evidenceFor, refutes: row.evidenceAgainst },
    lastActivityAt: row.lastActivityAt,
    createdAt: row.claimCreatedAt,
    verdicts,
  };
}
