// Inter-rater agreement over many claims: Krippendorff's α (nominal) and Fleiss' κ.
//
// Input shape: one record per unit (claim) holding how many raters chose each value, e.g.
// { CORROBORATED: 2, CONTESTED: 0, CONTRADICTED: 1 }. That is what a GROUP BY over verdicts yields,
// it is all either coefficient needs (neither depends on which rater said what), and it lets a
// unit with zero counts or unused labels mean nothing. Raw reliability data (raters × units with
// gaps) converts with unitsFromReliabilityMatrix.
//
// Both coefficients are folded one unit at a time into a few sums plus one total per value, so
// 200k claims stream through in O(values) memory, and the same sums are plain SQL aggregates.

export type TUnitCounts = Readonly<Record<string, number>>;
/** One cell of reliability data; null, undefined and NaN (numpy's missing value) mean "not coded". */
export type TRawValue = string | number | null | undefined;

function assertCount(count: number): void {
  // A fractional or negative count is a bug upstream; a silently wrong coefficient would hide it.
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`Invalid count: ${count}`);
}

/** Sum and sum of squares of a unit's counts: m_u and Σ_c n_uc². */
function unitSums(unit: TUnitCounts): { m: number; sumSquares: number } {
  let m = 0;
  let sumSquares = 0;
  for (const count of Object.values(unit)) {
    assertCount(count);
    m += count;
    sumSquares += count * count;
  }
  return { m, sumSquares };
}

function addTotals(totals: Map<string, number>, unit: TUnitCounts): void {
  for (const [value, count] of Object.entries(unit)) {
    if (count > 0) totals.set(value, (totals.get(value) ?? 0) + count);
  }
}

/** Counts per value for one unit. Values are compared as strings, so 1 and "1" are the same value. */
export function countValues(values: readonly TRawValue[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) {
    if (value === null || value === undefined || Number.isNaN(value)) continue;
    const key = String(value);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // fromEntries defines own properties, so a value named "__proto__" stays a plain key.
  return Object.fromEntries(counts);
}

/**
 * Krippendorff's canonical reliability data (one row per rater, one column per unit, gaps for
 * values not coded) → counts per unit. Rows may be ragged; a missing cell is a gap.
 */
export function unitsFromReliabilityMatrix(matrix: ReadonlyArray<readonly TRawValue[]>): Array<Record<string, number>> {
  const unitCount = Math.max(0, ...matrix.map((row) => row.length));
  return Array.from({ length: unitCount }, (_, unit) => countValues(matrix.map((row) => row[unit])));
}

export type TAlphaAccumulator = {
  add(unit: TUnitCounts): void;
  /** α, or null when undefined (see krippendorffAlphaNominal). */
  result(): number | null;
  /** n: values in units with at least 2 values — the only values α can pair. */
  readonly pairableValues: number;
  readonly pairableUnits: number;
};

/**
 * Streaming Krippendorff's α (nominal). Per Krippendorff (2011), with the coincidence matrix
 * o_ck = Σ_u Σ_{i≠j} [v_ui = c][v_uj = k] / (m_u − 1) over units with m_u ≥ 2 pairable values,
 * n_c = Σ_k o_ck and n = Σ_c n_c:
 *   D_o = (1/n) Σ_u Σ_{c≠k} n_uc n_uk / (m_u − 1)     D_e = Σ_{c≠k} n_c n_k / (n(n − 1))
 *   α = 1 − D_o / D_e = 1 − (n − 1) · O / E,  with Σ_{c≠k} a_c a_k = (Σ a)² − Σ a²:
 *   O = Σ_u (m_u² − Σ_c n_uc²) / (m_u − 1)            E = n² − Σ_c n_c²
 * So the state is n, O and one total per value. In SQL, per claim m = total, ss = c² + t² + x²:
 *   SELECT 1 - (SUM(m) - 1) * SUM((m * m - ss)::float8 / (m - 1))
 *            / NULLIF(SUM(m)::float8 * SUM(m) - (SUM(c)::float8 * SUM(c) + SUM(t)::float8 * SUM(t)
 *                                                 + SUM(x)::float8 * SUM(x)), 0)
 *   FROM per_claim WHERE m >= 2     -- NULL when E = 0 or no rows, as here
 */
/**
 * α from the accumulator's sums, which SQL can also produce in one pass (the dashboard does):
 * n pairable values, observed O = Σ_u (m_u² − Σ_c n_uc²)/(m_u − 1), and per-value totals n_c.
 */
export function alphaFromSums({ pairable, observed, valueTotals }: { pairable: number; observed: number; valueTotals: readonly number[] }): number | null {
  let sumSquares = 0;
  for (const total of valueTotals) sumSquares += total * total;
  // Integers well below 2^53, so E is exact and E === 0 means exactly one value was used.
  const expected = pairable * pairable - sumSquares;
  if (expected === 0) return null;
  return 1 - ((pairable - 1) * observed) / expected;
}

export function createAlphaAccumulator(): TAlphaAccumulator {
  const valueTotals = new Map<string, number>();
  let n = 0;
  let units = 0;
  let observed = 0;
  return {
    add(unit) {
      const { m, sumSquares } = unitSums(unit);
      // A lone value has no partner to agree or disagree with, so it is not part of the data.
      if (m < 2) return;
      units += 1;
      n += m;
      observed += (m * m - sumSquares) / (m - 1);
      addTotals(valueTotals, unit);
    },
    result() {
      return alphaFromSums({ pairable: n, observed, valueTotals: [...valueTotals.values()] });
    },
    get pairableValues() {
      return n;
    },
    get pairableUnits() {
      return units;
    },
  };
}

/**
 * Krippendorff's α for nominal data (formulas at createAlphaAccumulator). null when undefined:
 * no unit has 2 values (nothing to pair), or all pairable values are the same (D_e = 0, so
 * α = 0/0). We return null rather than the conventional 1: data without variation say nothing
 * about reliability — raters who call every claim CORROBORATED have not shown they can tell
 * claims apart — and 1 would read as "reliable"; null reads as "insufficient data" (alphaBand).
 */
export function krippendorffAlphaNominal(units: Iterable<TUnitCounts>): number | null {
  const accumulator = createAlphaAccumulator();
  for (const unit of units) accumulator.add(unit);
  return accumulator.result();
}

export type TFleissFailure = "NO_UNITS" | "TOO_FEW_RATERS" | "UNEQUAL_RATERS" | "NO_VARIATION";
export type TFleissResult =
  | { ok: true; kappa: number; observedAgreement: number; expectedAgreement: number; raters: number; units: number }
  | { ok: false; reason: TFleissFailure };

/**
 * Fleiss' κ (Fleiss 1971). Every unit must have the same number of ratings r ≥ 2 — the statistic
 * is defined only then; unequal units are an error to surface, not to average over (use α).
 *   P_i = (Σ_j n_ij² − r) / (r(r − 1))     P̄ = mean of P_i   (= mean pairwiseAgreement)
 *   p_j = Σ_i n_ij / (N r)                 P̄e = Σ_j p_j²      κ = (P̄ − P̄e) / (1 − P̄e)
 * NO_VARIATION: every rating in one category, so P̄e = 1 and κ = 0/0 (same reasoning as α).
 * SQL: require COUNT(DISTINCT total) = 1 and total >= 2, then P̄ = AVG((ss - total)::float8 /
 * (total * (total - 1))) and p_j = SUM(c)::float8 / SUM(total), etc.
 */
export function fleissKappa(units: Iterable<TUnitCounts>): TFleissResult {
  const categoryTotals = new Map<string, number>();
  let raters: number | null = null;
  let unitCount = 0;
  let agreementSum = 0;
  for (const unit of units) {
    const { m, sumSquares } = unitSums(unit);
    raters ??= m;
    if (m !== raters) return { ok: false, reason: "UNEQUAL_RATERS" };
    if (m < 2) return { ok: false, reason: "TOO_FEW_RATERS" };
    agreementSum += (sumSquares - m) / (m * (m - 1));
    unitCount += 1;
    addTotals(categoryTotals, unit);
  }
  if (raters === null) return { ok: false, reason: "NO_UNITS" };
  if (categoryTotals.size < 2) return { ok: false, reason: "NO_VARIATION" };
  const ratings = unitCount * raters;
  let expectedAgreement = 0;
  for (const total of categoryTotals.values()) expectedAgreement += (total / ratings) ** 2;
  const observedAgreement = agreementSum / unitCount;
  const kappa = (observedAgreement - expectedAgreement) / (1 - expectedAgreement);
  return { ok: true, kappa, observedAgreement, expectedAgreement, raters, units: unitCount };
}
