import { describe, expect, it } from "vitest";
import { pairwiseAgreement, type TCounts } from "./aggregate";
import { fleissKappa, krippendorffAlphaNominal } from "./agreement";
import { summarize, type TSourceSums } from "./summary";

// What dashboardSummarySql computes per source, written out per claim so the folding in summarize()
// can be checked against the reference implementations on the same units.
function sumsOf(sourceId: string, units: TCounts[]): TSourceSums {
  const pairable = units.filter((u) => u.CORROBORATED + u.CONTESTED + u.CONTRADICTED >= 2);
  const total = (u: TCounts) => u.CORROBORATED + u.CONTESTED + u.CONTRADICTED;
  const add = (list: TCounts[], f: (u: TCounts) => number) => list.reduce((a, u) => a + f(u), 0);
  return {
    sourceId,
    claims: units.length,
    corroborated: add(units, (u) => u.CORROBORATED),
    contested: add(units, (u) => u.CONTESTED),
    contradicted: add(units, (u) => u.CONTRADICTED),
    finalCorroborated: 0,
    finalContested: 0,
    finalContradicted: 0,
    disputed: 0,
    needsReview: 0,
    pairable: add(pairable, total),
    observed: add(pairable, (u) => (total(u) ** 2 - u.CORROBORATED ** 2 - u.CONTESTED ** 2 - u.CONTRADICTED ** 2) / (total(u) - 1)),
    pairC: add(pairable, (u) => u.CORROBORATED),
    pairT: add(pairable, (u) => u.CONTESTED),
    pairX: add(pairable, (u) => u.CONTRADICTED),
    minReviewers: Math.min(...units.map(total)),
    maxReviewers: Math.max(...units.map(total)),
    agreementSum: add(pairable, (u) => pairwiseAgreement(u) ?? 0),
  };
}

const u = (c: number, t: number, x: number): TCounts => ({ CORROBORATED: c, CONTESTED: t, CONTRADICTED: x });

describe("summarize", () => {
  it("gives the same alpha as the reference implementation, across and per source", () => {
    const a = [u(3, 0, 0), u(2, 1, 0), u(0, 1, 2), u(1, 0, 0)];
    const b = [u(0, 0, 3), u(1, 1, 1), u(0, 2, 0)];
    const summary = summarize([sumsOf("a", a), sumsOf("b", b)]);
    expect(summary.alpha).toBeCloseTo(krippendorffAlphaNominal([...a, ...b])!, 10);
    expect(summary.perSource[0]!.alpha).toBeCloseTo(krippendorffAlphaNominal(a)!, 10);
    expect(summary.totals).toEqual({ CORROBORATED: 7, CONTESTED: 5, CONTRADICTED: 6 });
    expect(summary.claims).toBe(7);
    expect(summary.kappa).toEqual({ value: null, reason: "UNEQUAL_RATERS" });
  });

  it("gives Fleiss' kappa when every claim has the same number of reviewers", () => {
    const a = [u(3, 0, 0), u(2, 1, 0), u(0, 1, 2)];
    const b = [u(0, 0, 3), u(1, 1, 1), u(0, 3, 0)];
    const reference = fleissKappa([...a, ...b]);
    if (!reference.ok) throw new Error("reference kappa undefined");
    expect(summarize([sumsOf("a", a), sumsOf("b", b)]).kappa.value).toBeCloseTo(reference.kappa, 10);
  });

  it("reports why kappa is missing: no claims, one reviewer each, no variation", () => {
    expect(summarize([]).kappa.reason).toBe("NO_UNITS");
    expect(summarize([sumsOf("a", [u(1, 0, 0), u(0, 1, 0)])]).kappa.reason).toBe("TOO_FEW_RATERS");
    expect(summarize([sumsOf("a", [u(2, 0, 0), u(2, 0, 0)])]).kappa.reason).toBe("NO_VARIATION");
    expect(summarize([sumsOf("a", [u(2, 0, 0), u(2, 0, 0)])]).alpha).toBeNull();
  });
});
