import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import { subscribe } from "@/lib/server/events";
import { parseInput } from "@/lib/server/validation";
import type { TConsensus, TLabel } from "./aggregate";
import { dashboardPageSql, dashboardSummarySql, decodeCursor, encodeCursor } from "./dashboard-sql";
import { dashboardViewer } from "./permissions";
import { ZDashboardQuery, type TDashboardQuery } from "./schemas";
import { summarize, type TDashboardSummary, type TSourceSums, type TSummaryFigures } from "./summary";
import { createSummaryCache } from "./summary-cache";
import { summaryFeed } from "./summary-feed";

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

// One cache per process (Next may load this module once per route bundle), fed by the process's
// LISTEN connection and its own writes: any change to an investigation makes its summaries stale.
const globalForSummaries = globalThis as unknown as { dashboardSummaries?: ReturnType<typeof createSummaryCache<TSummaryFigures>> };
const summaries = () =>
  (globalForSummaries.dashboardSummaries ??= createSummaryCache<TSummaryFigures>({
    feed: summaryFeed(subscribe),
    maxStaleMs: 5_000,
    maxEntries: 500,
  }));

async function summaryFor(db: Db, investigationId: string, statement: ReturnType<typeof dashboardSummarySql>): Promise<TDashboardSummary> {
  const run = async () => summarize(await db.$queryRaw<TSourceSums[]>(statement));
  if (!env.DASHBOARD_SUMMARY_CACHE) return { ...(await run()), asOf: new Date().toISOString(), stale: false };
  // The statement (text and values) is the key: it already holds the filters and what this viewer may see.
  const cached = await summaries().get(investigationId, JSON.stringify([statement.text, statement.values]), run);
  return { ...cached.value, asOf: cached.asOf.toISOString(), stale: cached.stale };
}

/** One page of claims with their aggregated verdicts, and the summary for the same filters. */
export async function getDashboard({ db, actor, input }: { db: Db; actor: Actor; input: unknown }): Promise<TDashboard> {
  const query = parseInput(ZDashboardQuery, input);
  const cursor = decodeCursor(query.cursor);
  if (query.cursor && !cursor) throw new AppError("BAD_REQUEST", "The cursor is not one this server issued; start again from the first page.", { fields: [{ path: "cursor", message: "Invalid cursor" }] });
  const investigation = await db.investigation.findUnique({ where: { id: query.investigationId }, select: { blindReview: true, minVerdictsPerClaim: true } });
  if (!investigation) throw new AppError("NOT_FOUND", "That investigation does not exist.");
  const viewer = dashboardViewer(actor, investigation);

  const [page, summary] = await Promise.all([
    db.$queryRaw<TPageRow[]>(dashboardPageSql(query, viewer, cursor, investigation.minVerdictsPerClaim)),
    summaryFor(db, query.investigationId, dashboardSummarySql(query, viewer, investigation.minVerdictsPerClaim)),
  ]);
  const rows = page.slice(0, query.limit);
  const last = rows.at(-1);
  const nextCursor = page.length > query.limit && last ? encodeCursor({ value: last.sortValue instanceof Date ? last.sortValue.toISOString() : last.sortValue, id: last.claimId }) : null;
  return { query, rows: rows.map(toRow), nextCursor, summary, readOnly: viewer.blindFor || actor.role === "REVIEWER" };
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
