export type TStance = "SUPPORTS" | "REFUTES" | "MIXED";
export type TStanceCount = { claimId: string; sourceId: string; stance: "SUPPORTS" | "REFUTES"; count: number };
export type TStanceCell = { stance: TStance; supports: number; refutes: number };

/** Claim → source → what the evidence cited from that source says: supports, refutes, or both (mixed). */
export function stanceCells(counts: TStanceCount[]): Record<string, Record<string, TStanceCell>> {
  const cells: Record<string, Record<string, TStanceCell>> = {};
  for (const { claimId, sourceId, stance, count } of counts) {
    const cell = ((cells[claimId] ??= {})[sourceId] ??= { stance: "SUPPORTS", supports: 0, refutes: 0 });
    if (stance === "SUPPORTS") cell.supports += count;
    else cell.refutes += count;
    cell.stance = cell.supports && cell.refutes ? "MIXED" : cell.refutes ? "REFUTES" : "SUPPORTS";
  }
  return cells;
}
