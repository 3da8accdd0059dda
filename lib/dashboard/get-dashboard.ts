import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/validation";
import type { TConsensus, TLabel } from "./aggregate";
import { dashboardPageSql, dashboardSummarySql, decodeCursor, encodeCursor } from "./dashboard-sql";
import { dashboardViewer } from "./permissions";
import { ZDashboardQuery, type TDashboardQuery } from "./schemas";
import { summarize, type TDashboardSummary, type TSourceSums } from "./summary";

export type TDashboardRow = {
  claimId: string;
  text: string;
  sourceId: string;
  sourceTitle: string;
  languages: string[];
  counts: Record<TLabel, number>;
  reviewers: number;
  consensus: TConsensus | null;
  disputed: boolean;
  agreement: number | null;
  finalVerdict: TLabel | null;
  evidence: { supports: number; refutes: number };
  lastActivityAt: string;
};

export type TDashboard = { query: TDashboardQuery; rows: TDashboardRow[]; nextCursor: string | null; summary: TDashboardSummary; readOnly: boolean };

type TPageRow = {
  claimId: string; text: string; sourceId: string; sourceTitle: string; languages: string[];
  corroborated: number; contested: number; contradicted: number; reviewers: number; consensus: string | null;
  disputed: boolean; agreement: number; finalVerdict: string | null; evidenceFor: number; evidenceAgainst: number;
  lastActivityAt: Date; createdAt: Date; sortValue: Date | number | string;
};

/** One page of claims with their aggregated verdicts, and the summary for the same filters. */
export async function getDashboard({ db, actor, input }: { db: Db; actor: Actor; input: unknown }): Promise<TDashboard> {
  const query = parseInput(ZDashboardQuery, input);
  const cursor = decodeCursor(query.cursor);
  if (query.cursor && !cursor) throw new AppError("BAD_REQUEST", "The cursor is not one this server issued; start again from the first page.", { fields: [{ path: "cursor", message: "Invalid cursor" }] });
  const investigation = await db.investigation.findUnique({ where: { id: query.investigationId }, select: { blindReview: true, minVerdictsPerClaim: true } });
  if (!investigation) throw new AppError("NOT_FOUND", "That investigation does not exist.");
  const viewer = dashboardViewer(actor, investigation);

  const [page, sums] = await Promise.all([
    db.$queryRaw<TPageRow[]>(dashboardPageSql(query, viewer, cursor, investigation.minVerdictsPerClaim)),
    db.$queryRaw<TSourceSums[]>(dashboardSummarySql(query, viewer, investigation.minVerdictsPerClaim)),
  ]);
  const rows = page.slice(0, query.limit);
  const last = rows.at(-1);
  const nextCursor = page.length > query.limit && last ? encodeCursor({ value: last.sortValue instanceof Date ? last.sortValue.toISOString() : last.sortValue, id: last.claimId }) : null;
  return { query, rows: rows.map(toRow), nextCursor, summary: summarize(sums), readOnly: viewer.blindFor || actor.role === "REVIEWER" };
}

function toRow(row: TPageRow): TDashboardRow {
  return {
    claimId: row.claimId,
    text: row.text,
    sourceId: row.sourceId,
    sourceTitle: row.sourceTitle,
    languages: row.languages,
    counts: { CORROBORATED: row.corroborated, CONTESTED: row.contested, CONTRADICTED: row.contradicted },
    reviewers: row.reviewers,
    consensus: row.consensus as TConsensus | null,
    disputed: row.disputed,
    agreement: row.agreement < 0 ? null : row.agreement,
    finalVerdict: row.finalVerdict as TLabel | null,
    evidence: { supports: row.evidenceFor, refutes: row.evidenceAgainst },
    lastActivityAt: row.lastActivityAt.toISOString(),
  };
}
