import type { Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import { canSeeOthersVerdicts } from "@/lib/verdicts/permissions";
import type { TSearchTerm } from "./parse-query";
import type { TSearchKind } from "./schemas";
import { allTermsMatch, matchScore, scopeTo } from "./search-sql";

/** A row that matched, before its snippet is cut: `text` is what matched. */
export type TRawHit = {
  kind: TSearchKind;
  id: string;
  investigationId: string;
  sourceId: string;
  claimId: string | null;
  title: string;
  text: string;
  score: number;
  position: { start: number; end: number } | null;
};

export type TFindArgs = { db: Db; actor: Actor; terms: TSearchTerm[]; query: string; investigationId: string | undefined; limit: number };
type TSqlArgs = Omit<TFindArgs, "db">;

/** A source shows at most its best few passages, so one long article cannot fill the page. */
export const PASSAGES_PER_SOURCE = 3;

const PASSAGE_TEXT = Prisma.raw(`p."normalized"`);
const CLAIM_TEXT = Prisma.raw(`c."textNormalized"`);
const RATIONALE = Prisma.raw(`v."rationaleNormalized"`);
const COMMENT_BODY = Prisma.raw(`cm."bodyNormalized"`);
// Each statement finds its rows in a subquery that also returns the normalized text as `n` (the
// stored column its trigram index is on), which the score then reads.
const N = Prisma.raw("matched.n");

// A sentence a source repeats (a lede restated in the body) is shown once, at its first place.
const passagesSql = ({ terms, query, investigationId, limit }: TSqlArgs) => Prisma.sql`
  SELECT id, "investigationId", "sourceId", title, text, score, start, "end" FROM (
    SELECT scored.*, row_number() OVER (PARTITION BY "sourceId" ORDER BY score DESC, ordinal) AS nth FROM (
      SELECT DISTINCT ON (matched."sourceId", matched.text) matched.*, ${matchScore(N, terms, query)} AS score FROM (
        SELECT p.id, p."investigationId", p."sourceId", s.title, p.text, p.ordinal, p.start, p."end", ${PASSAGE_TEXT} AS n
        FROM "Passage" p JOIN "Source" s ON s.id = p."sourceId"
        WHERE ${allTermsMatch(PASSAGE_TEXT, terms)} ${scopeTo(Prisma.raw(`p."investigationId"`), investigationId)}
        OFFSET 0
      ) matched
      ORDER BY matched."sourceId", matched.text, matched.ordinal
    ) scored
  ) ranked
  WHERE nth <= ${PASSAGES_PER_SOURCE}
  ORDER BY score DESC, id LIMIT ${limit}`;

async function findPassages({ db, ...args }: TFindArgs): Promise<TRawHit[]> {
  const rows = await db.$queryRaw<(Omit<TRawHit, "kind" | "claimId" | "position"> & { start: number; end: number })[]>(passagesSql(args));
  return rows.map(({ start, end, ...row }) => ({ ...row, kind: "passage", claimId: null, position: { start, end } }));
}

const claimsSql = ({ terms, query, investigationId, limit }: TSqlArgs) => Prisma.sql`
  SELECT id, "investigationId", "sourceId", text, ${matchScore(N, terms, query)} AS score FROM (
    SELECT c.id, c."investigationId", c."sourceId", c.text, ${CLAIM_TEXT} AS n
    FROM "Claim" c
    WHERE ${allTermsMatch(CLAIM_TEXT, terms)} ${scopeTo(Prisma.raw(`c."investigationId"`), investigationId)}
    OFFSET 0
  ) matched
  ORDER BY score DESC, id LIMIT ${limit}`;

async function findClaims({ db, ...args }: TFindArgs): Promise<TRawHit[]> {
  const rows = await db.$queryRaw<Omit<TRawHit, "kind" | "claimId" | "position" | "title">[]>(claimsSql(args));
  return rows.map((row) => ({ ...row, kind: "claim", claimId: row.id, title: row.text, position: null }));
}

/**
 * Rationales as list-verdicts shows them: under blind review a reviewer finds another's only once
 * their own verdict on that claim is in. The WHERE clause keeps hidden rows from using up the limit;
 * canSeeOthersVerdicts, the rule the claim page applies, has the last word on every row.
 */
const rationalesSql = ({ actor, terms, query, investigationId, limit }: TSqlArgs) => Prisma.sql`
  SELECT id, "investigationId", "sourceId", "claimId", title, text, "reviewerId", "blindReview", "hasOwnVerdict", ${matchScore(N, terms, query)} AS score FROM (
    SELECT v.id, c."investigationId", c."sourceId", v."claimId", c.text AS title, v.rationale AS text, v."reviewerId", i."blindReview",
      EXISTS (SELECT 1 FROM "Verdict" own WHERE own."claimId" = v."claimId" AND own."reviewerId" = ${actor.id}) AS "hasOwnVerdict", ${RATIONALE} AS n
    FROM "Verdict" v JOIN "Claim" c ON c.id = v."claimId" JOIN "Investigation" i ON i.id = c."investigationId"
    WHERE v."rationaleNormalized" <> '' AND ${allTermsMatch(RATIONALE, terms)} ${scopeTo(Prisma.raw(`c."investigationId"`), investigationId)}
    OFFSET 0
  ) matched
  WHERE "reviewerId" = ${actor.id} OR ${canSeeOthersVerdicts(actor, { blindReview: true, hasOwnVerdict: false })} OR NOT "blindReview" OR "hasOwnVerdict"
  ORDER BY score DESC, id LIMIT ${limit}`;

async function findRationales({ db, ...args }: TFindArgs): Promise<TRawHit[]> {
  const { actor } = args;
  const rows = await db.$queryRaw<(Omit<TRawHit, "kind" | "position"> & { reviewerId: string; blindReview: boolean; hasOwnVerdict: boolean })[]>(rationalesSql(args));
  return rows
    .filter((r) => r.reviewerId === actor.id || canSeeOthersVerdicts(actor, { blindReview: r.blindReview, hasOwnVerdict: r.hasOwnVerdict }))
    .map(({ reviewerId, blindReview, hasOwnVerdict, ...row }) => ({ ...row, kind: "rationale", position: null }));
}

const commentsSql = ({ terms, query, investigationId, limit }: TSqlArgs) => Prisma.sql`
  SELECT id, "investigationId", "sourceId", "claimId", title, text, ${matchScore(N, terms, query)} AS score FROM (
    SELECT cm.id, c."investigationId", c."sourceId", cm."claimId", c.text AS title, cm.body AS text, ${COMMENT_BODY} AS n
    FROM "Comment" cm JOIN "Claim" c ON c.id = cm."claimId"
    WHERE cm."deletedAt" IS NULL AND ${allTermsMatch(COMMENT_BODY, terms)} ${scopeTo(Prisma.raw(`c."investigationId"`), investigationId)}
    OFFSET 0
  ) matched
  ORDER BY score DESC, id LIMIT ${limit}`;

async function findComments({ db, ...args }: TFindArgs): Promise<TRawHit[]> {
  const rows = await db.$queryRaw<Omit<TRawHit, "kind" | "position">[]>(commentsSql(args));
  return rows.map((row) => ({ ...row, kind: "comment", position: null }));
}

/** The statement behind each kind, for EXPLAIN in tests and benchmarks. */
export const SEARCH_SQL: Record<TSearchKind, (args: TSqlArgs) => Prisma.Sql> = { passage: passagesSql, claim: claimsSql, rationale: rationalesSql, comment: commentsSql };

export const FINDERS: Record<TSearchKind, (args: TFindArgs) => Promise<TRawHit[]>> = {
  passage: findPassages,
  claim: findClaims,
  rationale: findRationales,
  comment: findComments,
};
