import { dashboardWhere } from "@/lib/dashboard/dashboard-sql";
import type { TDashboardQuery } from "@/lib/dashboard/schemas";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TReportClaimSqlRow, TReportSqlRow } from "./group-rows";

// Every export reads one statement: claims ⟕ verdicts ⟕ evidence, one row per (verdict, passage),
// filtered by the dashboard's own WHERE and ordered by (claim, reviewer) — the order of the
// Verdict (claimId, reviewerId) index — so PostgreSQL streams it through a cursor without
// sorting anything first, and Node groups consecutive rows into claims (lib/reports/group-rows.ts).
// It joins only what it must: source titles and reviewer names come from small maps in Node, and
// Claim and Source only when a column or filter needs them (on 2M verdicts, each unneeded join
// costs ~0.8 s of PostgreSQL's time; README.md, Exports).

export type TReportSqlOptions = {
  /** Claim columns and claims without verdicts (claims CSV, JSON, ClaimReview); off for the verdict CSV. */
  claims: boolean;
  /** Only claims with a published final verdict (ClaimReview). */
  publishedOnly?: boolean;
  /** Stop after this many rows: benchmarks and previews only; the HTTP exports never set it. */
  maxRows?: number;
};

const CLAIM_COLUMNS = Prisma.sql`,
       c."text", c."quoteExact" AS "claimQuoteExact", c."quotePrefix", c."quoteSuffix", c."orphaned", c."createdAt" AS "claimCreatedAt",
       s."sourceId", s."corroborated", s."contested", s."contradicted", s."reviewers", s."consensus", s."disputed", s."agreement",
       s."finalVerdict"::text AS "finalVerdict", s."evidenceFor", s."evidenceAgainst", s."lastActivityAt",
       fv."rationale" AS "finalRationale", fv."createdAt" AS "finalAt", fv."firstAt" AS "finalFirstAt",
       fv."corrected" AS "finalCorrected", fv."editor" AS "finalEditor"`;

// The latest adjudication is the final verdict; earlier rows are what it corrected. Read by the
// (claimId, createdAt) index; the outer-only condition becomes a one-time filter, so claims without
// a final verdict skip the lookup.
const FINAL_VERDICT = Prisma.sql`
  LEFT JOIN LATERAL (
    SELECT a."rationale", a."createdAt", a."supersedesId" IS NOT NULL AS "corrected", fu."name" AS "editor",
           (SELECT min(a2."createdAt") FROM "Adjudication" a2 WHERE a2."claimId" = s."claimId") AS "firstAt"
      FROM "Adjudication" a LEFT JOIN "User" fu ON fu."id" = a."editorId"
     WHERE a."claimId" = s."claimId" AND s."finalVerdict" IS NOT NULL
     ORDER BY a."createdAt" DESC
     LIMIT 1) fv ON true`;

function from(query: TDashboardQuery, claims: boolean): Prisma.Sql {
  const claim = claims || query.q ? Prisma.sql` JOIN "Claim" c ON c."id" = s."claimId"` : Prisma.empty;
  const source = query.language ? Prisma.sql` JOIN "Source" src ON src."id" = s."sourceId"` : Prisma.empty;
  return Prisma.sql`"ClaimStats" s${claim}${source}`;
}

// Passages are looked up only for claims that have any (ClaimStats counts them): the condition on
// the outer row becomes a one-time filter, and OFFSET 0 keeps PostgreSQL from flattening it away.
const EVIDENCE = Prisma.sql`
  LEFT JOIN LATERAL (
    SELECT e."id", e."sourceId", e."stance", e."quoteExact", e."positionStart", e."positionEnd", e."note", e."createdAt"
      FROM "Evidence" e
     WHERE e."verdictId" = v."id" AND s."evidenceFor" + s."evidenceAgainst" > 0
    OFFSET 0) e ON true`;

export function reportSql(query: TDashboardQuery, viewer: { id: string; blindFor: boolean }, minVerdicts: number, options: TReportSqlOptions): Prisma.Sql {
  const join = options.claims ? Prisma.sql`LEFT JOIN` : Prisma.sql`JOIN`;
  const published = options.publishedOnly ? Prisma.sql` AND s."finalVerdict" IS NOT NULL` : Prisma.empty;
  const limit = options.maxRows === undefined ? Prisma.empty : Prisma.sql` LIMIT ${options.maxRows}`;
  return Prisma.sql`
    SELECT s."claimId", v."id" AS "verdictId", v."reviewerId", v."label"::text AS "label", v."rationale", v."version",
           v."createdAt" AS "verdictCreatedAt", v."updatedAt" AS "verdictUpdatedAt",
           e."id" AS "evidenceId", e."sourceId" AS "evidenceSourceId", e."stance"::text AS "stance", e."quoteExact",
           e."positionStart", e."positionEnd", e."note", e."createdAt" AS "evidenceCreatedAt"${options.claims ? CLAIM_COLUMNS : Prisma.empty}
      FROM ${from(query, options.claims)}${options.claims ? FINAL_VERDICT : Prisma.empty}
      ${join} "Verdict" v ON v."claimId" = s."claimId"${EVIDENCE}
     WHERE ${dashboardWhere(query, viewer, minVerdicts)}${published}
     ORDER BY s."claimId", v."reviewerId"${limit}`;
}

/** How many rows an export will have, for the progress bar: claims, or verdicts (from ClaimStats). */
export function reportCountSql(query: TDashboardQuery, viewer: { id: string; blindFor: boolean }, minVerdicts: number, publishedOnly: boolean): Prisma.Sql {
  const published = publishedOnly ? Prisma.sql` AND s."finalVerdict" IS NOT NULL` : Prisma.empty;
  return Prisma.sql`
    SELECT count(*)::int AS "claims", COALESCE(sum(s."reviewers"), 0)::int AS "verdicts"
      FROM ${from(query, false)}
     WHERE ${dashboardWhere(query, viewer, minVerdicts)}${published}`;
}
