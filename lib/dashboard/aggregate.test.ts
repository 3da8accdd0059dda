import { describe, expect, it } from "vitest";
import {
  ALPHA_RELIABLE,
  ALPHA_TENTATIVE,
  alphaBand,
  consensusOf,
  isDisputed,
  needsReview,
  pairwiseAgreement,
  totalOf,
  type TCounts,
} from "./aggregate";

/** Verdict counts in label order: CORROBORATED, CONTESTED, CONTRADICTED. */
const counts = (corroborated: number, contested: number, contradicted: number): TCounts => ({
  CORROBORATED: corroborated,
  CONTESTED: contested,
  CONTRADICTED: contradicted,
});

describe("consensusOf (strict majority)", () => {
  it("is null without verdicts", () => {
    expect(consensusOf(counts(0, 0, 0))).toBeNull();
  });
  it("takes a single verdict as the majority of one", () => {
    expect(consensusOf(counts(0, 0, 1))).toBe("CONTRADICTED");
  });
  it("is SPLIT on a 1–1 tie: half is not more than half", () => {
    expect(consensusOf(counts(1, 0, 1))).toBe("SPLIT");
  });
  it("takes 2 of 3", () => {
    expect(consensusOf(counts(0, 2, 1))).toBe("CONTESTED");
  });
  it("is SPLIT on 3–3 and on a plurality without majority (2–2–1, 2–1–1)", () => {
    expect(consensusOf(counts(3, 0, 3))).toBe("SPLIT");
    expect(consensusOf(counts(2, 2, 1))).toBe("SPLIT");
    expect(consensusOf(counts(2, 1, 1))).toBe("SPLIT");
  });
  it("finds a majority in every label position", () => {
    expect(consensusOf(counts(3, 1, 1))).toBe("CORROBORATED");
    expect(consensusOf(counts(1, 3, 1))).toBe("CONTESTED");
    expect(consensusOf(counts(1, 1, 3))).toBe("CONTRADICTED");
  });
});

describe("isDisputed", () => {
  it("is false without verdicts", () => {
    expect(isDisputed(counts(0, 0, 0))).toBe(false);
  });
  it("is false for one verdict and for unanimity", () => {
    expect(isDisputed(counts(1, 0, 0))).toBe(false);
    expect(isDisputed(counts(0, 4, 0))).toBe(false);
  });
  it("is true on a 1–1 tie", () => {
    expect(isDisputed(counts(1, 1, 0))).toBe(true);
  });
  it("is false for a 2–1 majority without opposite labels", () => {
    expect(isDisputed(counts(2, 1, 0))).toBe(false);
    expect(isDisputed(counts(0, 1, 2))).toBe(false);
  });
  it("is true when CORROBORATED and CONTRADICTED meet, even under a clear majority", () => {
    expect(consensusOf(counts(4, 0, 1))).toBe("CORROBORATED");
    expect(isDisputed(counts(4, 0, 1))).toBe(true);
    expect(isDisputed(counts(1, 0, 2))).toBe(true);
  });
  it("is true on a 3–3 split and a 2–2 tie, false once a label has the majority", () => {
    expect(isDisputed(counts(3, 3, 0))).toBe(true);
    expect(isDisputed(counts(0, 2, 2))).toBe(true);
    expect(isDisputed(counts(1, 2, 0))).toBe(false);
  });
});

describe("pairwiseAgreement: Σ n_k(n_k − 1) / (n(n − 1))", () => {
  it("is null with fewer than two verdicts", () => {
    expect(pairwiseAgreement(counts(0, 0, 0))).toBeNull();
    expect(pairwiseAgreement(counts(0, 1, 0))).toBeNull();
  });
  it("is 1 when all agree", () => {
    expect(pairwiseAgreement(counts(5, 0, 0))).toBe(1);
    expect(pairwiseAgreement(counts(0, 0, 2))).toBe(1);
  });
  it("is 0 on a 1–1 tie and when every reviewer differs", () => {
    expect(pairwiseAgreement(counts(1, 0, 1))).toBe(0);
    expect(pairwiseAgreement(counts(1, 1, 1))).toBe(0);
  });
  it("is 1/3 for 2–1: one agreeing pair of three", () => {
    expect(pairwiseAgreement(counts(2, 1, 0))).toBeCloseTo(1 / 3, 3);
  });
  it("is 0.4 for 3–3: 2·3 agreeing pairs of 15", () => {
    expect(pairwiseAgreement(counts(3, 0, 3))).toBeCloseTo(0.4, 3);
  });
  it("equals P_i of row 3 of the Wikipedia 'Fleiss' kappa' worked example (0,0,3,5,6 → 0.308)", () => {
    // Row 3 uses only three of the five categories, so it fits our three labels:
    // P_3 = (9 + 25 + 36 − 14) / (14 · 13) = 0.308 as printed in the table.
    expect(pairwiseAgreement(counts(3, 5, 6))).toBeCloseTo(0.308, 3);
  });
});

describe("needsReview", () => {
  it("compares the total with the minimum, strictly", () => {
    expect(needsReview(counts(0, 0, 0), 2)).toBe(true);
    expect(needsReview(counts(1, 0, 0), 2)).toBe(true);
    expect(needsReview(counts(1, 0, 1), 2)).toBe(false);
    expect(needsReview(counts(0, 3, 0), 2)).toBe(false);
    expect(needsReview(counts(0, 0, 0), 0)).toBe(false);
  });
  it("counts every label towards the total", () => {
    expect(totalOf(counts(1, 2, 3))).toBe(6);
    expect(needsReview(counts(1, 1, 1), 4)).toBe(true);
  });
});

describe("alphaBand (Krippendorff 2004, p. 241)", () => {
  it("exports the published thresholds .800 and .667", () => {
    expect(ALPHA_RELIABLE).toBe(0.8);
    expect(ALPHA_TENTATIVE).toBe(0.667);
  });
  it("puts each boundary in the higher band", () => {
    expect(alphaBand(1)).toBe("reliable");
    expect(alphaBand(0.8)).toBe("reliable");
    expect(alphaBand(0.7999)).toBe("tentative");
    expect(alphaBand(0.667)).toBe("tentative");
    expect(alphaBand(0.6669)).toBe("unreliable");
    expect(alphaBand(0)).toBe("unreliable");
    expect(alphaBand(-0.5)).toBe("unreliable");
  });
  it("reads an undefined α as insufficient data, never as a band", () => {
    expect(alphaBand(null)).toBe("insufficient data");
    expect(alphaBand(Number.NaN)).toBe("insufficient data");
  });
  it("bands the Krippendorff (2011) example α = 0.743 as tentative", () => {
    expect(alphaBand(0.743)).toBe("tentative");
  });
});
