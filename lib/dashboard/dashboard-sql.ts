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

/**
 * Filters shared by the page query and the summary: the same WHERE for both. `minVerdicts` is the
 * investigation's minVerdictsPerClaim, bound as a value so neither statement joins Investigation.
 */
export function dashboardWhere(query: TDashboardQuery, viewer: { id: string; blindFor: boolean }, minVerdicts: number): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`s."investigationId" = ${query.investigationId}`];
  if (query.sourceId) parts.push(Prisma.sql`s."sourceId" = ${query.sourceId}`);
  if (query.language) parts.push(Prisma.sql`src."languages" @> ARRAY[${query.language}]::text[]`);
  if (query.consensus === "NONE") parts.push(Prisma.sql`s."consensus" IS NULL`);
  else if (query.consensus) parts.push(Prisma.sql`s."consensus" = ${query.consensus}`);
  if (query.finalVerdict === "NONE") parts.push(Prisma.sql`s."finalVerdict" IS NULL`);
  else if (query.finalVerdict) parts.push(Prisma.sql`s."finalVerdict" = ${query.finalVerdict}::"VerdictLabel"`);
  if (query.disputed !== undefined) parts.push(Prisma.sql`s."disputed" = ${query.disputed}`);
  if (query.needsReview) parts.push(Prisma.sql`s."reviewers" < ${minVerdicts}`);
  if (query.assigneeId) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Assignment" a WHERE a."claimId" = s."claimId" AND a."assigneeId" = ${query.assigneeId})`);
  if (query.q) parts.push(Prisma.sql`c."text" ILIKE ${`%${escapeLike(query.q)}%`}`);
  // Blind review: a reviewer sees figures only for claims they have already given a verdict on.
  if (viewer.blindFor) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = s."claimId" AND v."reviewerId" = ${viewer.id})`);
  return Prisma.join(parts, " AND ");
}

const FROM = Prisma.sql`"ClaimStats" s JOIN "Claim" c ON c."id" = s."claimId" JOIN "Source" src ON src."id" = s."sourceId"`;

// The summary reads every matching ClaimStats row, so it joins only what its filters read: with
// 200,000 claims the unneeded joins cost ~300 ms of ~400 (bench/README.md).
function summaryFrom(query: TDashboardQuery): Prisma.Sql {
  const claim = query.q ? Prisma.sql` JOIN "Claim" c ON c."id" = s."claimId"` : Prisma.empty;
  const source = query.language ? Prisma.sql` JOIN "Source" src ON src."id" = s."sourceId"` : Prisma.empty;
  return Prisma.sql`"ClaimStats" s${claim}${source}`;
}

export function dashboardPageSql(query: TDashboardQuery, viewer: { id: string; blindFor: boolean }, cursor: TDashboardCursor | null, minVerdicts: number): Prisma.Sql {
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
     WHERE ${dashboardWhere(query, viewer, minVerdicts)}${after}
     ORDER BY ${column} ${order}, s."claimId" ${order}
     LIMIT ${query.limit + 1}`;
}

/**
 * Per-source sums for summarize(). Claims are first grouped by (source, reviewer count): every
 * per-claim quantity below depends on the counts only through m = reviewers and the sum of squared
 * label counts q, so the outer level folds ~1,000 groups instead of evaluating 16 aggregates with
 * filters per claim. Krippendorff's alpha parts (see lib/dashboard/agreement.ts), over claims with
 * m ≥ 2: pairable n = Σ m; observed disagreement O = Σ (m² − q)/(m − 1); and the agreement sum
 * Σ (q − m)/(m(m − 1)) = Σ ClaimStats.agreement.
 */
export function dashboardSummarySql(query: TDashboardQuery, viewer: { id: string; blindFor: boolean }, minVerdicts: number): Prisma.Sql {
  return Prisma.sql`
    SELECT g."sourceId", sum(g.n)::int AS "claims",
           sum(g.c)::int AS "corroborated", sum(g.t)::int AS "contested", sum(g.d)::int AS "contradicted",
           sum(g.fc)::int AS "finalCorroborated", sum(g.ft)::int AS "finalContested", sum(g.fd)::int AS "finalContradicted",
           sum(g.disputed)::int AS "disputed",
           COALESCE(sum(g.n) FILTER (WHERE g.m < ${minVerdicts}), 0)::int AS "needsReview",
           COALESCE(sum(g.m * g.n) FILTER (WHERE g.m >= 2), 0)::int AS "pairable",
           COALESCE(sum((g.m * g.m * g.n - g.q)::float8 / (g.m - 1)) FILTER (WHERE g.m >= 2), 0)::float8 AS "observed",
           COALESCE(sum(g.c) FILTER (WHERE g.m >= 2), 0)::int AS "pairC",
           COALESCE(sum(g.t) FILTER (WHERE g.m >= 2), 0)::int AS "pairT",
           COALESCE(sum(g.d) FILTER (WHERE g.m >= 2), 0)::int AS "pairX",
           min(g.m)::int AS "minReviewers", max(g.m)::int AS "maxReviewers",
           COALESCE(sum((g.q - g.m * g.n)::float8 / (g.m * (g.m - 1))) FILTER (WHERE g.m >= 2), 0)::float8 AS "agreementSum"
      FROM (SELECT s."sourceId", s."reviewers" AS m, count(*) AS n,
                   sum(s."corroborated") AS c, sum(s."contested") AS t, sum(s."contradicted") AS d,
                   sum(s."corroborated" * s."corroborated" + s."contested" * s."contested" + s."contradicted" * s."contradicted") AS q,
                   count(*) FILTER (WHERE s."finalVerdict" = 'CORROBORATED') AS fc,
                   count(*) FILTER (WHERE s."finalVerdict" = 'CONTESTED') AS ft,
                   count(*) FILTER (WHERE s."finalVerdict" = 'CONTRADICTED') AS fd,
                   count(*) FILTER (WHERE s."disputed") AS disputed
              FROM ${summaryFrom(query)}
             WHERE ${dashboardWhere(query, viewer, minVerdicts)}
             GROUP BY s."sourceId", s."reviewers") g
     GROUP BY g."sourceId"`;
}

function cursorValue(sort: TDashboardSort, value: string | number): Prisma.Sql {
  if (sort === "activity" || sort === "created") return Prisma.sql`${String(value)}::timestamptz`;
  if (sort === "consensus" || sort === "final") return Prisma.sql`${String(value)}`;
  return Prisma.sql`${Number(value)}`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
