import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import { sqlPool } from "@/lib/server/sql-pool";
import { dashboardViewer } from "./permissions";
import { stanceCells, type TStanceCount } from "./stance-cells";

export type { TStance } from "./stance-cells";
export type TStanceMatrix = { sources: { id: string; title: string }[]; cells: ReturnType<typeof stanceCells> };

// Cited evidence per (claim, source, stance), in one statement. Under blind review a reviewer sees
// only the claims they have a verdict on themselves ($2: their id, else null).
const EVIDENCE_COUNTS = `
  SELECT v."claimId", e."sourceId", e."stance"::text AS stance, count(*)::int AS count
  FROM "Evidence" e JOIN "Verdict" v ON v."id" = e."verdictId"
  WHERE v."claimId" = ANY($1::text[])
    AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM "Verdict" mine WHERE mine."claimId" = v."claimId" AND mine."reviewerId" = $2))
  GROUP BY 1, 2, 3`;

/**
 * For each claim (row) and source (column): does that source support or refute the claim according
 * to the evidence reviewers cited? Silent sources have no cell. "Which outlets contradict which."
 * Two round trips (the dashboard waits on each while saves stream in): the investigation's rules
 * with its sources, then the counts.
 */
export async function getStanceMatrix({ db, actor, input }: { db: Db; actor: Actor; input: { investigationId: string; claimIds: string[] } }): Promise<TStanceMatrix> {
  const [investigation, sources] = await Promise.all([
    db.investigation.findUnique({ where: { id: input.investigationId }, select: { blindReview: true } }),
    db.source.findMany({ where: { investigationId: input.investigationId }, orderBy: [{ publishedAt: { sort: "asc", nulls: "last" } }, { importedAt: "asc" }], select: { id: true, title: true } }),
  ]);
  const viewer = dashboardViewer(actor, { blindReview: investigation?.blindReview ?? true });
  if (input.claimIds.length === 0) return { sources, cells: {} };
  const { rows } = await sqlPool(db).query<TStanceCount>(EVIDENCE_COUNTS, [input.claimIds, viewer.blindFor ? actor.id : null]);
  return { sources, cells: stanceCells(rows) };
}
