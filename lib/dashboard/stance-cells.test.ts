import { describe, expect, it } from "vitest";
import { stanceCells } from "./stance-cells";

describe("stanceCells", () => {
  it("sums each source's cited evidence per claim and calls both stances mixed", () => {
    const cells = stanceCells([
      { claimId: "c1", sourceId: "a", stance: "SUPPORTS", count: 2 },
      { claimId: "c1", sourceId: "a", stance: "REFUTES", count: 1 },
      { claimId: "c1", sourceId: "b", stance: "REFUTES", count: 3 },
      { claimId: "c2", sourceId: "a", stance: "SUPPORTS", count: 1 },
    ]);
    expect(cells).toEqual({
      c1: { a: { stance: "MIXED", supports: 2, refutes: 1 }, b: { stance: "REFUTES", supports: 0, refutes: 3 } },
      c2: { a: { stance: "SUPPORTS", supports: 1, refutes: 0 } },
    });
  });

  it("leaves silent sources and claims without evidence out", () => {
    expect(stanceCells([])).toEqual({});
  });
});
