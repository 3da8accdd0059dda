// Per-claim figures for the editors' dashboard, computed from the verdict counts of one claim.
// Pure on purpose: the dashboard query will compute the same figures in SQL, and these functions
// (with their tests) are the reference it must match. Each definition below gives the SQL form,
// written for one row per claim with integer columns c (CORROBORATED), t (CONTESTED),
// x (CONTRADICTED) and total = c + t + x. Cast to float8 before dividing: integer division
// in PostgreSQL truncates.

/** Mirrors the Prisma enum VerdictLabel; kept local so this module imports nothing. */
export type TLabel = "CORROBORATED" | "CONTESTED" | "CONTRADICTED";
export type TCounts = Record<TLabel, number>;
export type TConsensus = TLabel | "SPLIT";

export const LABELS: readonly TLabel[] = ["CORROBORATED", "CONTESTED", "CONTRADICTED"];

export function totalOf(counts: TCounts): number {
  return counts.CORROBORATED + counts.CONTESTED + counts.CONTRADICTED;
}

/**
 * The label chosen by a STRICT majority (more than half) of the claim's verdicts; "SPLIT" when no
 * label has one (a tie 1–1, or 2–2–1); null when the claim has no verdicts yet.
 * A strict majority is unique, so the order of the checks cannot change the answer.
 *
 * SQL: CASE WHEN total = 0 THEN NULL
 *           WHEN 2 * c > total THEN 'CORROBORATED'
 *           WHEN 2 * t > total THEN 'CONTESTED'
 *           WHEN 2 * x > total THEN 'CONTRADICTED'
 *           ELSE 'SPLIT' END
 */
export function consensusOf(counts: TCounts): TConsensus | null {
  const total = totalOf(counts);
  if (total === 0) return null;
  // Comparing 2·count with total keeps the test in integers, exactly like the SQL.
  return LABELS.find((label) => 2 * counts[label] > total) ?? "SPLIT";
}

/**
 * A claim needs an editor's eye when reviewers reached opposite conclusions (at least one
 * CORROBORATED and at least one CONTRADICTED — even if one side is a majority, a single
 * reviewer saying the opposite is worth a look), or when there is no majority at all.
 * No verdicts means nothing to dispute: false.
 *
 * SQL: total > 0 AND ((c > 0 AND x > 0) OR NOT (2 * c > total OR 2 * t > total OR 2 * x > total))
 */
export function isDisputed(counts: TCounts): boolean {
  // No verdicts: consensusOf is null, not "SPLIT", and there are no opposite labels.
  const opposite = counts.CORROBORATED > 0 && counts.CONTRADICTED > 0;
  return opposite || consensusOf(counts) === "SPLIT";
}

/**
 * The share of reviewer pairs on this claim who gave the same label: Σ_k n_k(n_k − 1) / (n(n − 1)),
 * i.e. Fleiss' P_i for one claim. 1 when all agree, 0 when every reviewer chose a different label.
 * null with fewer than 2 verdicts, where there is no pair to compare.
 *
 * SQL: CASE WHEN total < 2 THEN NULL
 *           ELSE (c * (c - 1) + t * (t - 1) + x * (x - 1))::float8 / (total * (total - 1)) END
 */
export function pairwiseAgreement(counts: TCounts): number | null {
  const total = totalOf(counts);
  if (total < 2) return null;
  const agreeingPairs = LABELS.reduce((sum, label) => sum + counts[label] * (counts[label] - 1), 0);
  return agreeingPairs / (total * (total - 1));
}

/**
 * The claim has fewer verdicts than the investigation asks for (Investigation.minVerdictsPerClaim).
 *
 * SQL: total < min_verdicts_per_claim
 */
export function needsReview(counts: TCounts, minVerdicts: number): boolean {
  return totalOf(counts) < minVerdicts;
}

// Krippendorff, K. (2004). Content Analysis: An Introduction to Its Methodology (2nd ed.), p. 241:
// rely on data with α ≥ .800; consider .667 ≤ α < .800 only for tentative conclusions.
export const ALPHA_RELIABLE = 0.8;
export const ALPHA_TENTATIVE = 0.667;

export type TAlphaBand = "reliable" | "tentative" | "unreliable" | "insufficient data";

/**
 * Interpretation band for Krippendorff's α. null (α undefined: no pairable verdicts, or no
 * variation at all — see agreement.ts) is "insufficient data", never "reliable".
 *
 * SQL: CASE WHEN alpha IS NULL THEN 'insufficient data' WHEN alpha >= 0.800 THEN 'reliable'
 *           WHEN alpha >= 0.667 THEN 'tentative' ELSE 'unreliable' END
 */
export function alphaBand(alpha: number | null): TAlphaBand {
  // NaN would otherwise fail every comparison and read as "unreliable".
  if (alpha === null || Number.isNaN(alpha)) return "insufficient data";
  if (alpha >= ALPHA_RELIABLE) return "reliable";
  if (alpha >= ALPHA_TENTATIVE) return "tentative";
  return "unreliable";
}
