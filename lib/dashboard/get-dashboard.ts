import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import { subscribe } from "@/lib/server/events";
import { sqlPool } from "@/lib/server/sql-pool";
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
    // As often as an open dashboard refreshes (components/dashboard/dashboard-view.tsx).
    minIntervalMs: 1_000,
    maxStaleMs: 5_000,
    maxEntries: 500,
  }));

type TStatement = { text: string; values: unknown[] };

async function summaryFor(db: Db, investigationId: string, statement: TStatement): Promise<TDashboardSummary> {
  const run = async () => summarize((await sqlPool(db).query<TSourceSums>(statement.text, statement.values)).rows);
  if (!env.DASHBOARD_SUMMARY_CACHE) return { ...(await run()), asOf: new Date().toISOString(), stale: false };
  // The statement (text and values) is the key: it already holds the filters and what this viewer may see.
  const cached = await summaries().get(investigationId, JSON.stringify([statement.text, statement.values]), run);
  return { ...cached.value, asOf: cached.asOf.toISOString(), stale: cached.stale };
}

/**
 * One page of claims with their aggregated verdicts, and the summary for the same filters. Its
 * statements go through the pg pool: each is hand-written SQL already, and Prisma's per-query CPU in
 * the app server (bench/README.md, "Scale") is more than the page statement itself costs.
 */
export async function getDashboard({ db, actor, input }: { db: Db; actor: Actor; input: unknown }): Promise<TDashboard> {
  const query = parseInput(ZDashboardQuery, input);
  const cursor = decodeCursor(query.cursor);
  if (query.cursor && !cursor) throw new AppError("BAD_REQUEST", "The cursor is not one this server issued; start again from the first page.", { fields: [{ path: "cursor", message: "Invalid cursor" }] });
  const pool = sqlPool(db);
  const { rows: found } = await pool.query<{ blindReview: boolean; minVerdictsPerClaim: number }>(
    `SELECT "blindReview", "minVerdictsPerClaim" FROM "Investigation" WHERE "id" = $1`, [query.investigationId],
  );
  const investigation = found[0];
  if (!investigation) throw new AppError("NOT_FOUND", "That investigation does not exist.");
  const viewer = dashboardViewer(actor, investigation);

  const pageSql = dashboardPageSql(query, viewer, cursor, investigation.minVerdictsPerClaim);
  const [{ rows: page }, summary] = await Promise.all([
    pool.query<TPageRow>(pageSql.text, pageSql.values),
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
