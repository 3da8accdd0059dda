import { describe, expect, it } from "vitest";
import { groupClaims, type TReportSqlRow } from "./group-rows";

const none = { verdictId: null, reviewerId: null, label: null, rationale: null, version: null, verdictCreatedAt: null, verdictUpdatedAt: null };
const noEvidence = { evidenceId: null, evidenceSourceId: null, stance: null, quoteExact: null, positionStart: null, positionEnd: null, note: null, evidenceCreatedAt: null };
const verdict = (claimId: string, id: string, at: string) => ({
  claimId, verdictId: id, reviewerId: `u-${id}`, label: "CONTESTED", rationale: "r", version: 2, verdictCreatedAt: at, verdictUpdatedAt: at,
});
const evidence = (id: string, at: string) => ({ evidenceId: id, evidenceSourceId: "s2", stance: "REFUTES", quoteExact: id, positionStart: 1, positionEnd: 3, note: "", evidenceCreatedAt: at });

// Rows arrive in batches, and a claim may span two of them.
async function* from<T>(rows: T[], size = 2) {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}
const names = { source: (id: string) => `Title ${id}`, reviewer: (id: string) => `Reviewer ${id.slice(2)}` };

describe("groupClaims", () => {
  it("folds consecutive rows into claims → verdicts (by time given) → passages (by citation)", async () => {
    const rows: TReportSqlRow[] = [
      { ...verdict("c1", "vb", "2025-01-02T00:00:00.000Z"), ...evidence("e2", "2025-01-02T00:00:01.000Z") },
      { ...verdict("c1", "vb", "2025-01-02T00:00:00.000Z"), ...evidence("e1", "2025-01-02T00:00:00.000Z") },
      { ...verdict("c1", "va", "2025-01-01T00:00:00.000Z"), ...noEvidence },
      { claimId: "c2", ...none, ...noEvidence },
      { ...verdict("c3", "vc", "2025-01-03T00:00:00.000Z"), ...noEvidence },
    ];
    const groups = [];
    for await (const batch of groupClaims(from(rows), names)) groups.push(...batch);
    expect(groups.map((g) => [g.first.claimId, g.verdicts.map((v) => v.id)])).toEqual([["c1", ["va", "vb"]], ["c2", []], ["c3", ["vc"]]]);
    const vb = groups[0]!.verdicts[1]!;
    expect(vb.evidence.map((e) => e.id)).toEqual(["e1", "e2"]);
    expect(vb.evidence[0]).toEqual({ id: "e1", sourceId: "s2", sourceTitle: "Title s2", stance: "REFUTES", exact: "e1", start: 1, end: 3, note: "", createdAt: "2025-01-02T00:00:00.000Z" });
    expect(vb).toMatchObject({ reviewer: { id: "u-vb", name: "Reviewer vb" }, label: "CONTESTED", version: 2 });
  });

  it("yields nothing for no rows", async () => {
    const groups = [];
    for await (const batch of groupClaims(from<TReportSqlRow>([]), names)) groups.push(...batch);
    expect(groups).toEqual([]);
  });
});
