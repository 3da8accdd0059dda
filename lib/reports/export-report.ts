import type pg from "pg";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { dashboardViewer } from "@/lib/dashboard/permissions";
import { ZDashboardQuery, type TDashboardQuery } from "@/lib/dashboard/schemas";
import { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/validation";
import { chunked, toByteStream } from "./byte-stream";
import { REPORT_FORMATS, reportFileName } from "./formats";
import { groupClaims, toReportClaim, type TReportClaimSqlRow, type TReportSqlRow } from "./group-rows";
import { canExportReports } from "./permissions";
import { queryRows, reportPool, streamRows } from "./report-pool";
import { REPORT_SCHEMA_PATH, type TReportClaim, type TReportSource } from "./report-schema";
import { reportCountSql, reportSql } from "./report-sql";
import { sourceDate } from "./timestamps";
import { claimReviewJsonLd, claimsCsv, jsonReport, verdictsCsv } from "./writers";

const ZExportInput = z.object({
  investigationId: z.string().trim().min(1).max(64),
  format: z.enum(["claimsCsv", "verdictsCsv", "json", "claimReview"]),
  /** The dashboard's query string: the same filters select the same claims. */
  query: z.record(z.string(), z.string()).default({}),
});

export type TExportInput = z.input<typeof ZExportInput>;
export type TReportFile = { fileName: string; contentType: string; rows: number; body: ReadableStream<Uint8Array> };

// Paging and sorting belong to the dashboard page; an export holds every matching claim, by claim id.
const NOT_FILTERS = new Set(["investigationId", "sort", "dir", "cursor", "limit"]);

/**
 * A verdict report of an investigation, filtered like the dashboard, streamed from a cursor.
 * Editors and admins only: a report shows every reviewer's verdict, which blind review hides
 * from reviewers. Everything is read through `pool`, the reports' own pg pool (the lookups too:
 * an export process need not start Prisma's query engine, ~80 MB); the benchmark passes its own
 * pool, and `maxRows` (statement rows, not an HTTP option) to time a part of a large investigation.
 */
export async function exportReport({ actor, input, pool = reportPool(), maxRows }: { actor: Actor; input: unknown; pool?: pg.Pool; maxRows?: number }): Promise<TReportFile> {
  if (!canExportReports(actor)) throw new AppError("FORBIDDEN", "Only editors and admins can export verdict reports: they show every reviewer's verdict.");
  const { investigationId, format, query: raw } = parseInput(ZExportInput, input);
  const query = parseInput(ZDashboardQuery, { ...raw, investigationId });
  const [investigation] = await queryRows<{ id: string; slug: string; name: string; blindReview: boolean; minVerdictsPerClaim: number }>(
    pool,
    Prisma.sql`SELECT "id", "slug", "name", "blindReview", "minVerdictsPerClaim" FROM "Investigation" WHERE "id" = ${investigationId}`,
  );
  if (!investigation) throw new AppError("NOT_FOUND", "That investigation does not exist.");
  const viewer = dashboardViewer(actor, investigation);
  const min = investigation.minVerdictsPerClaim;
  const publishedOnly = format === "claimReview";

  const [sources, reviewers, counted] = await Promise.all([
    loadSources(pool, investigationId),
    // Every account's name (a desk has hundreds, not millions): cheaper than a join per verdict row.
    queryRows<{ id: string; name: string }>(pool, Prisma.sql`SELECT "id", "name" FROM "User"`),
    queryRows<{ claims: number; verdicts: number }>(pool, reportCountSql(query, viewer, min, publishedOnly)),
  ]);
  const reviewerNames = new Map(reviewers.map((u) => [u.id, u.name]));
  const names = { source: (id: string) => sources.get(id)?.title ?? "", reviewer: (id: string) => reviewerNames.get(id) ?? "" };
  const rows = <R extends TReportSqlRow>(claims: boolean) => groupClaims(streamRows<R>(pool, reportSql(query, viewer, min, { claims, publishedOnly, ...(maxRows === undefined ? {} : { maxRows }) })), names);
  const claims = () => mapClaims(rows<TReportClaimSqlRow>(true), sources);
  const desk = { name: env.DESK_NAME, url: env.DESK_URL };

  const text =
    format === "verdictsCsv" ? verdictsCsv(rows(false))
    : format === "claimsCsv" ? claimsCsv(claims())
    : format === "claimReview" ? claimReviewJsonLd(claims(), desk, sources)
    : jsonReport(claims(), {
        $schema: new URL(REPORT_SCHEMA_PATH, desk.url).href,
        generatedAt: new Date().toISOString(),
        desk,
        investigation: { id: investigation.id, slug: investigation.slug, name: investigation.name },
        filters: filtersOf(query),
      });
  return {
    fileName: reportFileName(investigation.slug, format, new Date()),
    contentType: REPORT_FORMATS[format].contentType,
    rows: format === "verdictsCsv" ? (counted[0]?.verdicts ?? 0) : (counted[0]?.claims ?? 0),
    body: await toByteStream(chunked(text)),
  };
}

async function* mapClaims(batches: ReturnType<typeof groupClaims<TReportClaimSqlRow>>, sources: ReadonlyMap<string, TReportSource>): AsyncGenerator<TReportClaim[]> {
  for await (const groups of batches) yield groups.map((group) => toReportClaim(group, sources.get(group.first.sourceId) ?? missingSource(group.first.sourceId)));
}

const missingSource = (id: string): TReportSource => ({ id, title: "", publisher: null, url: null, publishedAt: null, languages: [] });

/** The investigation's sources, once: claims and evidence name them by id (a few hundred at most). */
async function loadSources(pool: pg.Pool, investigationId: string): Promise<Map<string, TReportSource>> {
  const rows = await queryRows<{ id: string; title: string; publisher: string | null; url: string | null; publishedAt: string | null; publishedHasTime: boolean; languages: string[] }>(
    pool,
    Prisma.sql`SELECT "id", "title", "publisher", "url", "publishedAt", "publishedHasTime", "languages" FROM "Source" WHERE "investigationId" = ${investigationId}`,
  );
  return new Map(rows.map((s) => [s.id, { id: s.id, title: s.title, publisher: s.publisher, url: s.url, publishedAt: sourceDate(s.publishedAt, s.publishedHasTime), languages: s.languages }]));
}

function filtersOf(query: TDashboardQuery): Record<string, string | boolean> {
  return Object.fromEntries(Object.entries(query).filter(([key, value]) => !NOT_FILTERS.has(key) && value !== undefined && value !== "")) as Record<string, string | boolean>;
}
