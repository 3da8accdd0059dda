import { describe, expect, it } from "vitest";
import { scoreRuns, type TReturned } from "./metrics";

describe("matching evaluation metrics", () => {
  it("computes recall@5, MRR and stance accuracy from overlaps with the labelled spans", () => {
    const report = scoreRuns([
      {
        id: "a",
        labelled: [{ source: "002", start: 10, end: 20, stance: "SUPPORTS" }, { source: "001", start: 0, end: 5, stance: "REFUTES" }],
        returned: [{ source: "003", start: 0, end: 9 }, { source: "002", start: 15, end: 40, stance: "SUPPORTS" }, { source: "001", start: 5, end: 9, stance: "REFUTES" }],
      },
      {
        id: "b",
        labelled: [{ source: "004", start: 100, end: 120, stance: "REFUTES" }],
        returned: [1, 2, 3, 4, 5].map((i): TReturned => ({ source: "000", start: i * 10, end: i * 10 + 5 })).concat([{ source: "004", start: 90, end: 101, stance: "SUPPORTS" as const }]),
      },
    ]);
    // a: 002 found at rank 2; 001 [0,5) vs [5,9) does not overlap. b: found only at rank 6.
    expect(report.clusters.map((c) => [c.foundAt5, c.firstRank])).toEqual([[1, 2], [0, 6]]);
    expect(report.recallAt5).toBeCloseTo(1 / 3);
    expect(report.mrr).toBeCloseTo((1 / 2 + 1 / 6) / 2);
    expect(report.stanceJudged).toBe(2);
    expect(report.stanceAccuracy).toBeCloseTo(1 / 2);
  });

  it("scores nothing found as zero, not as a division error", () => {
    const report = scoreRuns([{ id: "x", labelled: [{ source: "001", start: 0, end: 3, stance: "SUPPORTS" }], returned: [] }]);
    expect(report).toMatchObject({ recallAt5: 0, mrr: 0, stanceAccuracy: 0, stanceJudged: 0 });
  });
});
