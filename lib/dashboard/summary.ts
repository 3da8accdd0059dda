import { LABELS, type TLabel } from "./aggregate";
import { alphaFromSums } from "./agreement";

/** One row of dashboardSummarySql: a source's sums over the filtered claims. */
export type TSourceSums = {
  sourceId: string;
  claims: number;
  corroborated: number;
  contested: number;
  contradicted: number;
  finalCorroborated: number;
  finalContested: number;
  finalContradicted: number;
  disputed: number;
  needsReview: number;
  pairable: number;
  observed: number;
  pairC: number;
  pairT: number;
  pairX: number;
  minReviewers: number;
  maxReviewers: number;
  agreementSum: number;
};

export type TKappa = { value: number | null; reason: "UNEQUAL_RATERS" | "TOO_FEW_RATERS" | "NO_VARIATION" | "NO_UNITS" | null };

/** What summarize() computes from the per-source sums. */
export type TSummaryFigures = {
  claims: number;
  totals: Record<TLabel, number>;
  finalTotals: Record<TLabel, number>;
  disputed: number;
  needsReview: number;
  alpha: number | null;
  kappa: TKappa;
  perSource: { sourceId: string; claims: number; counts: Record<TLabel, number>; alpha: number | null }[];
};

/**
 * The figures as served: `asOf` is when they were computed; `stale` says changes have been announced
 * since and new figures are on their way (lib/dashboard/summary-cache.ts).
 */
type TServed = { asOf: string; stale: boolean };
export type TDashboardSummary = { [K in keyof (TSummaryFigures & TServed)]: (TSummaryFigures & TServed)[K] };

const alphaOf = (rows: TSourceSums[]) =>
  alphaFromSums({
    pairable: sum(rows, (r) => r.pairable),
    observed: sum(rows, (r) => r.observed),
    valueTotals: [sum(rows, (r) => r.pairC), sum(rows, (r) => r.pairT), sum(rows, (r) => r.pairX)],
  });

/** Folds per-source SQL sums into the investigation's figures; alpha and kappa come from sums alone. */
export function summarize(rows: TSourceSums[]): TSummaryFigures {
  const counts = (r: Pick<TSourceSums, "corroborated" | "contested" | "contradicted">) => ({ CORROBORATED: r.corroborated, CONTESTED: r.contested, CONTRADICTED: r.contradicted });
  return {
    claims: sum(rows, (r) => r.claims),
    totals: counts({ corroborated: sum(rows, (r) => r.corroborated), contested: sum(rows, (r) => r.contested), contradicted: sum(rows, (r) => r.contradicted) }),
    finalTotals: { CORROBORATED: sum(rows, (r) => r.finalCorroborated), CONTESTED: sum(rows, (r) => r.finalContested), CONTRADICTED: sum(rows, (r) => r.finalContradicted) },
    disputed: sum(rows, (r) => r.disputed),
    needsReview: sum(rows, (r) => r.needsReview),
    alpha: alphaOf(rows),
    kappa: fleissFromSums(rows),
    perSource: rows.map((r) => ({ sourceId: r.sourceId, claims: r.claims, counts: counts(r), alpha: alphaOf([r]) })),
  };
}

/**
 * Fleiss' kappa needs every claim rated by the same number of reviewers n ≥ 2; then P̄ is the mean
 * per-claim pairwise agreement and P̄e = Σ p_j² with p_j the share of all ratings in label j.
 */
function fleissFromSums(rows: TSourceSums[]): TKappa {
  if (rows.length === 0) return { value: null, reason: "NO_UNITS" };
  const n = Math.min(...rows.map((r) => r.minReviewers));
  if (n !== Math.max(...rows.map((r) => r.maxReviewers))) return { value: null, reason: "UNEQUAL_RATERS" };
  if (n < 2) return { value: null, reason: "TOO_FEW_RATERS" };
  const units = sum(rows, (r) => r.claims);
  const ratings = units * n;
  const shares = LABELS.map((label) => sum(rows, (r) => ({ CORROBORATED: r.pairC, CONTESTED: r.pairT, CONTRADICTED: r.pairX })[label]) / ratings);
  const expected = shares.reduce((acc, p) => acc + p * p, 0);
  if (expected === 1) return { value: null, reason: "NO_VARIATION" };
  const observed = sum(rows, (r) => r.agreementSum) / units;
  return { value: (observed - expected) / (1 - expected), reason: null };
}

function sum<T>(rows: T[], pick: (row: T) => number): number {
  return rows.reduce((acc, row) => acc + pick(row), 0);
}
