import { Prisma } from "@/lib/generated/prisma/client";
import type { TDashboardQuery, TDashboardSort } from "./schemas";

// The dashboard page as one SQL statement over the per-claim statistics table, so it can be run
// through Prisma by the app and through plain `pg` by the benchmark, with identical text.

const SORT_COLUMN: Record<TDashboardSort, Prisma.Sql> = {
  activity: Prisma.sql`s."lastActivityAt"`,
  reviewers: Prisma.sql`s."reviewers"`,
  agreement: Prisma.sql`s."agreement"`,
  consensus: Prisma.sql`COALESCE(s."consensus", '')`,
  final: Prisma.sql`COALESCE(s."finalVerdict"::text, '')`,
  evidence: Prisma.sql`(s."evidenceFor" + s."evidenceAgainst")`,
  created: Prisma.sql`c."createdAt"`,
};

export type TDashboardCursor = { value: string | number; id: string };

export function encodeCursor(cursor: TDashboardCursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString("base64url");
}

export function decodeCursor(raw: string | undefined): TDashboardCursor | null {
  if (!raw) return null;
  try {
    const [value, id] = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as [unknown, unknown];
    if ((typeof value === "string" || typeof value === "number") && typeof id === "string") return { value, id };
  } catch {
    // fall through: a mangled cursor is the client's 400, reported by the caller
  }
  return null;
}

/** Filters shared by the page query and the summary: the same WHERE for both. */
export function dashboardWhere(query: TDashboardQuery, viewer: { id: string; blindFor: boolean }): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`s."investigationId" = ${query.investigationId}`];
  if (query.sourceId) parts.push(Prisma.sql`s."sourceId" = ${query.sourceId}`);
  if (query.language) parts.push(Prisma.sql`src."languages" @> ARRAY[${query.language}]::text[]`);
  if (query.consensus === "NONE") parts.push(Prisma.sql`s."consensus" IS NULL`);
  else if (query.consensus) parts.push(Prisma.sql`s."consensus" = ${query.consensus}`);
  if (query.finalVerdict === "NONE") parts.push(Prisma.sql`s."finalVerdict" IS NULL`);
  else if (query.finalVerdict) parts.push(Prisma.sql`s."finalVerdict" = ${query.finalVerdict}::"VerdictLabel"`);
  if (query.disputed !== undefined) parts.push(Prisma.sql`s."disputed" = ${query.disputed}`);
  if (query.needsReview) parts.push(Prisma.sql`s."reviewers" < i."minVerdictsPerClaim"`);
  if (query.assigneeId) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Assignment" a WHERE a."claimId" = s."claimId" AND a."assigneeId" = ${query.assigneeId})`);
  if (query.q) parts.push(Prisma.sql`c."text" ILIKE ${`%${escapeLike(query.q)}%`}`);
  // Blind review: a reviewer sees figures only for claims they have already given a verdict on.
  if (viewer.blindFor) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = s."claimId" AND v."reviewerId" = ${viewer.id})`);
  return Prisma.join(parts, " AND ");
}

const FROM = Prisma.sql`"ClaimStats" s JOIN "Claim" c ON c."id" = s."claimId" JOIN "Source" src ON src."id" = s."sourceId" JOIN "Investigation" i ON i."id" = s."investigationId"`;

export function dashboardPageSql(query: TDashboardQuery, viewer: { id: string; blindFor: boolean }, cursor: TDashboardCursor | null): Prisma.Sql {
  const column = SORT_COLUMN[query.sort];
  const desc = query.dir === "desc";
  const after = cursor
    ? Prisma.sql` AND (${column}, s."claimId") ${desc ? Prisma.sql`<` : Prisma.sql`>`} (${cursorValue(query.sort, cursor.value)}, ${cursor.id})`
    : Prisma.empty;
  const order = desc ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  return Prisma.sql`
    SELECT s."claimId", c."text", s."sourceId", src."title" AS "sourceTitle", src."languages",
           s."corroborated", s."contested", s."contradicted", s."reviewers", s."consensus", s."disputed",
           s."agreement", s."finalVerdict"::text AS "finalVerdict", s."evidenceFor", s."evidenceAgainst",
           s."lastActivityAt", c."createdAt", ${column} AS "sortValue"
      FROM ${FROM}
     WHERE ${dashboardWhere(query, viewer)}${after}
     ORDER BY ${column} ${order}, s."claimId" ${order}
     LIMIT ${query.limit + 1}`;
}

export function dashboardSummarySql(query: TDashboardQuery, viewer: { id: string; blindFor: boolean }): Prisma.Sql {
  return Prisma.sql`
    SELECT s."sourceId", count(*)::int AS "claims",
           sum(s."corroborated")::int AS "corroborated", sum(s."contested")::int AS "contested", sum(s."contradicted")::int AS "contradicted",
           count(*) FILTER (WHERE s."finalVerdict" = 'CORROBORATED')::int AS "finalCorroborated",
           count(*) FILTER (WHERE s."finalVerdict" = 'CONTESTED')::int AS "finalContested",
           count(*) FILTER (WHERE s."finalVerdict" = 'CONTRADICTED')::int AS "finalContradicted",
           count(*) FILTER (WHERE s."disputed")::int AS "disputed",
           count(*) FILTER (WHERE s."reviewers" < i."minVerdictsPerClaim")::int AS "needsReview",
           -- Krippendorff's alpha parts per source (see lib/dashboard/agreement.ts): pairable values
           -- n, observed disagreement O = Σ (m² − Σ n_c²)/(m − 1), over claims with m ≥ 2.
           COALESCE(sum(s."reviewers") FILTER (WHERE s."reviewers" >= 2), 0)::int AS "pairable",
           COALESCE(sum((s."reviewers"^2 - s."corroborated"^2 - s."contested"^2 - s."contradicted"^2)::float8 / (s."reviewers" - 1)) FILTER (WHERE s."reviewers" >= 2), 0)::float8 AS "observed",
           COALESCE(sum(s."corroborated") FILTER (WHERE s."reviewers" >= 2), 0)::int AS "pairC",
           COALESCE(sum(s."contested") FILTER (WHERE s."reviewers" >= 2), 0)::int AS "pairT",
           COALESCE(sum(s."contradicted") FILTER (WHERE s."reviewers" >= 2), 0)::int AS "pairX",
           min(s."reviewers")::int AS "minReviewers", max(s."reviewers")::int AS "maxReviewers",
           COALESCE(sum(CASE WHEN s."reviewers" >= 2 THEN s."agreement" END), 0)::float8 AS "agreementSum"
      FROM ${FROM}
     WHERE ${dashboardWhere(query, viewer)}
     GROUP BY s."sourceId"`;
}

function cursorValue(sort: TDashboardSort, value: string | number): Prisma.Sql {
  if (sort === "activity" || sort === "created") return Prisma.sql`${String(value)}::timestamptz`;
  if (sort === "consensus" || sort === "final") return Prisma.sql`${String(value)}`;
  return Prisma.sql`${Number(value)}`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
