import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import { dashboardViewer } from "./permissions";

export type TStance = "SUPPORTS" | "REFUTES" | "MIXED";
export type TStanceMatrix = { sources: { id: string; title: string }[]; cells: Record<string, Record<string, { stance: TStance; supports: number; refutes: number }>> };

/**
 * For each claim (row) and source (column): does that source support or refute the claim according
 * to the evidence reviewers cited? Silent sources have no cell. "Which outlets contradict which."
 */
export async function getStanceMatrix({ db, actor, input }: { db: Db; actor: Actor; input: { investigationId: string; claimIds: string[] } }): Promise<TStanceMatrix> {
  const investigation = await db.investigation.findUnique({ where: { id: input.investigationId }, select: { blindReview: true } });
  const viewer = dashboardViewer(actor, { blindReview: investigation?.blindReview ?? true });
  const [sources, evidence] = await Promise.all([
    db.source.findMany({ where: { investigationId: input.investigationId }, orderBy: [{ publishedAt: { sort: "asc", nulls: "last" } }, { importedAt: "asc" }], select: { id: true, title: true } }),
    db.evidence.groupBy({
      by: ["sourceId", "stance", "verdictId"],
      where: { verdict: { claimId: { in: input.claimIds }, ...(viewer.blindFor ? { claim: { verdicts: { some: { reviewerId: actor.id } } } } : {}) } },
      _count: { _all: true },
    }),
  ]);
  const verdictClaims = new Map(
    (await db.verdict.findMany({ where: { id: { in: [...new Set(evidence.map((e) => e.verdictId))] } }, select: { id: true, claimId: true } })).map((v) => [v.id, v.claimId]),
  );
  const cells: TStanceMatrix["cells"] = {};
  for (const row of evidence) {
    const claimId = verdictClaims.get(row.verdictId);
    if (!claimId) continue;
    const cell = ((cells[claimId] ??= {})[row.sourceId] ??= { stance: "SUPPORTS", supports: 0, refutes: 0 });
    if (row.stance === "SUPPORTS") cell.supports += row._count._all;
    else cell.refutes += row._count._all;
    cell.stance = cell.supports && cell.refutes ? "MIXED" : cell.refutes ? "REFUTES" : "SUPPORTS";
  }
  return { sources, cells };
}
