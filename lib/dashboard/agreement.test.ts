import { describe, expect, it } from "vitest";
import { pairwiseAgreement, type TCounts } from "./aggregate";
import {
  countValues,
  createAlphaAccumulator,
  fleissKappa,
  krippendorffAlphaNominal,
  unitsFromReliabilityMatrix,
  type TRawValue,
} from "./agreement";

const _ = null; // a value the rater did not code

// Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
// Communication, University of Pennsylvania, section C: nominal data, any number of observers,
// missing data. Observers A–D × units 1–12; published n.. = 40 pairable values, nominal α = 0.743.
const KRIPPENDORFF_2011_C: TRawValue[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

// Wikipedia, "Krippendorff's alpha", section "A computational example": coders A–C × 15 units,
// values 1–4, nominal α = 0.691.
const WIKIPEDIA_KRIPPENDORFF: TRawValue[][] = [
  [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
  [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
  [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
];

// Krippendorff (2011), section A: binary data, two observers, no missing data; α = 0.095.
const KRIPPENDORFF_2011_A: TRawValue[][] = [
  [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
  [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
];

// Wikipedia, "Fleiss' kappa", worked example: 10 subjects × 5 categories, 14 raters each;
// published P̄ = 0.378, P̄e = 0.213, κ = 0.210.
const WIKIPEDIA_FLEISS = [
  [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
].map((row) => Object.fromEntries(row.map((count, category) => [String(category + 1), count])));

// Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological
// Bulletin 76(5), 378–382: 30 patients, 6 psychiatrists, 5 diagnoses; published κ = .430.
// Raw ratings as distributed in R package irr (dataset `diagnoses`; kappam.fleiss = 0.4302445).
const FLEISS_1971 = [
  "444444", "222555", "233335", "555555", "222444", "113333", "333355", "113334", "114444", "555555",
  "144444", "124444", "222333", "144444", "224445", "333335", "111455", "111112", "224444", "133555",
  "555555", "244444", "224555", "114444", "144445", "222224", "111155", "224444", "133333", "555555",
].map((patient) => countValues([...patient]));

const alphaOf = (matrix: TRawValue[][]) => krippendorffAlphaNominal(unitsFromReliabilityMatrix(matrix));

describe("krippendorffAlphaNominal against published examples", () => {
  it("Krippendorff (2011) C: 4 observers × 12 units with missing values → α = 0.743, n = 40", () => {
    const accumulator = createAlphaAccumulator();
    for (const unit of unitsFromReliabilityMatrix(KRIPPENDORFF_2011_C)) accumulator.add(unit);
    expect(accumulator.result()).toBeCloseTo(0.743, 3);
    expect(accumulator.pairableValues).toBe(40);
    expect(accumulator.pairableUnits).toBe(11); // unit 12 has one value and drops out
  });
  it("Wikipedia computational example: 3 coders × 15 units → α = 0.691", () => {
    expect(alphaOf(WIKIPEDIA_KRIPPENDORFF)).toBeCloseTo(0.691, 3);
  });
  it("Krippendorff (2011) A: binary, 2 observers × 10 units → α = 0.095", () => {
    expect(alphaOf(KRIPPENDORFF_2011_A)).toBeCloseTo(0.095, 3);
  });
});

describe("krippendorffAlphaNominal conventions", () => {
  it("is null when every pairable value is the same (D_e = 0), not 1", () => {
    expect(krippendorffAlphaNominal([{ CORROBORATED: 3 }, { CORROBORATED: 2, CONTRADICTED: 0 }])).toBeNull();
  });
  it("is 1 when raters agree on every unit and units differ", () => {
    expect(krippendorffAlphaNominal([{ a: 3 }, { b: 2 }, { a: 2 }])).toBe(1);
  });
  it("is null with one rater per unit (nothing pairable) and with no units", () => {
    expect(krippendorffAlphaNominal([{ a: 1 }, { b: 1 }, { a: 0, c: 1 }])).toBeNull();
    expect(krippendorffAlphaNominal([])).toBeNull();
  });
  it("goes below 0 for systematic disagreement: (a,b),(b,a) → 1 − 3·4/8 = −0.5", () => {
    expect(krippendorffAlphaNominal([{ a: 1, b: 1 }, { a: 1, b: 1 }])).toBeCloseTo(-0.5, 3);
  });
  it("ignores units with a single value: adding them leaves α unchanged", () => {
    const units = unitsFromReliabilityMatrix(KRIPPENDORFF_2011_C);
    expect(krippendorffAlphaNominal([...units, { "9": 1 }, { "1": 1 }, {}])).toBeCloseTo(0.743, 3);
  });
  it("does not depend on unit order or on the names of the values", () => {
    const units = unitsFromReliabilityMatrix(WIKIPEDIA_KRIPPENDORFF);
    const renamed = units.map((unit) => Object.fromEntries(Object.entries(unit).map(([k, v]) => [`label-${k}`, v])));
    expect(krippendorffAlphaNominal([...renamed].reverse())).toBeCloseTo(0.691, 3);
  });
  it("rejects counts that cannot be counts", () => {
    expect(() => krippendorffAlphaNominal([{ a: -1, b: 3 }])).toThrow(RangeError);
    expect(() => krippendorffAlphaNominal([{ a: 1.5, b: 1 }])).toThrow(RangeError);
    expect(() => krippendorffAlphaNominal([{ a: Number.NaN }])).toThrow(RangeError);
  });
});

// An independent reference: Krippendorff's (2011) coincidence matrix built pair by pair.
function alphaByCoincidenceMatrix(matrix: TRawValue[][]): number {
  const o = new Map<string, number>();
  const units = matrix[0]?.length ?? 0;
  for (let u = 0; u < units; u++) {
    const values = matrix.map((row) => row[u]).filter((v): v is number => typeof v === "number");
    values.forEach((c, i) =>
      values.forEach((k, j) => {
        if (i !== j) o.set(`${c}|${k}`, (o.get(`${c}|${k}`) ?? 0) + 1 / (values.length - 1));
      }),
    );
  }
  const nc = new Map<string, number>();
  let disagree = 0;
  for (const [pair, weight] of o) {
    const [c, k] = pair.split("|");
    nc.set(c ?? "", (nc.get(c ?? "") ?? 0) + weight);
    if (c !== k) disagree += weight;
  }
  const n = [...nc.values()].reduce((a, b) => a + b, 0);
  const expected = n * n - [...nc.values()].reduce((a, b) => a + b * b, 0);
  return 1 - ((n - 1) * disagree) / expected;
}

describe("the accumulator's closed form", () => {
  it("matches the pair-by-pair coincidence matrix on random data with gaps", () => {
    let seed = 42; // deterministic LCG so a failure reproduces
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 20; trial++) {
      const matrix = Array.from({ length: 2 + (trial % 5) }, () =>
        Array.from({ length: 30 }, () => (next() < 0.25 ? null : Math.floor(next() * 3))),
      );
      expect(alphaOf(matrix)).toBeCloseTo(alphaByCoincidenceMatrix(matrix), 9);
    }
  });
  it("equals Scott's π / Fleiss' κ rescaled for two raters: α = 1 − (n − 1)/n · (1 − κ)", () => {
    const units = unitsFromReliabilityMatrix(KRIPPENDORFF_2011_A);
    const fleiss = fleissKappa(units);
    if (!fleiss.ok) throw new Error(fleiss.reason);
    expect(krippendorffAlphaNominal(units)).toBeCloseTo(1 - (19 / 20) * (1 - fleiss.kappa), 9);
  });
});

describe("unitsFromReliabilityMatrix", () => {
  it("turns raters × units into counts per unit, skipping null, undefined and NaN", () => {
    expect(unitsFromReliabilityMatrix([[1, "x", null], [1, undefined, Number.NaN], ["1"]])).toEqual([
      { "1": 3 },
      { x: 1 },
      {},
    ]);
  });
  it("keeps a value named __proto__ as an ordinary key", () => {
    expect(countValues(["__proto__", "__proto__"])["__proto__"]).toBe(2);
  });
});

describe("fleissKappa", () => {
  it("Wikipedia worked example: P̄ = 0.378, P̄e = 0.213, κ = 0.210", () => {
    const result = fleissKappa(WIKIPEDIA_FLEISS);
    expect(result).toMatchObject({ ok: true, raters: 14, units: 10 });
    if (!result.ok) return;
    expect(result.observedAgreement).toBeCloseTo(0.378, 3);
    expect(result.expectedAgreement).toBeCloseTo(0.213, 3);
    expect(result.kappa).toBeCloseTo(0.21, 3);
  });
  it("Fleiss (1971) psychiatric diagnoses, 30 patients × 6 raters → κ = 0.430", () => {
    const result = fleissKappa(FLEISS_1971);
    expect(result).toMatchObject({ ok: true, raters: 6, units: 30 });
    expect(result.ok && result.kappa).toBeCloseTo(0.43, 3);
  });
  it("P̄ is the mean of the per-claim pairwiseAgreement the dashboard shows", () => {
    const claims: TCounts[] = [
      { CORROBORATED: 3, CONTESTED: 0, CONTRADICTED: 0 },
      { CORROBORATED: 1, CONTESTED: 1, CONTRADICTED: 1 },
      { CORROBORATED: 0, CONTESTED: 2, CONTRADICTED: 1 },
    ];
    const result = fleissKappa(claims);
    const mean = claims.reduce((sum, claim) => sum + (pairwiseAgreement(claim) ?? Number.NaN), 0) / claims.length;
    expect(result.ok && result.observedAgreement).toBeCloseTo(mean, 9);
  });
  it("refuses units with unequal numbers of raters", () => {
    expect(fleissKappa([{ a: 2, b: 1 }, { a: 2 }])).toEqual({ ok: false, reason: "UNEQUAL_RATERS" });
  });
  it("needs at least one unit and two raters per unit", () => {
    expect(fleissKappa([])).toEqual({ ok: false, reason: "NO_UNITS" });
    expect(fleissKappa([{ a: 1 }, { b: 1 }])).toEqual({ ok: false, reason: "TOO_FEW_RATERS" });
  });
  it("is 1 when raters agree on every unit, and undefined when all ratings are one category", () => {
    expect(fleissKappa([{ a: 3 }, { b: 3 }, { c: 3, a: 0 }])).toMatchObject({ ok: true, kappa: 1 });
    expect(fleissKappa([{ a: 3 }, { a: 3 }])).toEqual({ ok: false, reason: "NO_VARIATION" });
  });
});
