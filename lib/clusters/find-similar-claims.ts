import type { Actor } from "@/lib/auth/actor";
import { textFeatures } from "@/lib/matching/features";
import { claimText, ENOUGH_CANDIDATES, likePattern, SIMILARITY_SEARCH_MAX, STRICT_THRESHOLD, termPatterns, TRIGRAM_THRESHOLD } from "@/lib/matching/find-matches";
import { loadTermStats, rareWindows } from "@/lib/matching/term-stats";
import { claimProbes, preRank } from "@/lib/matching/pre-rank";
import { rankPassages } from "@/lib/matching/rank";
import { loadVocabulary } from "@/lib/matching/vocabulary";
import type { TStance } from "@/lib/matching/stance";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/validation";
import { normalizeText } from "@/lib/text/normalize";
import { ZSimilarQuery } from "./schemas";

export type TSimilarClaim = {
  claimId: string;
  sourceId: string;
  sourceTitle: string;
  text: string;
  clusterId: string | null;
  score: number;
  stance?: TStance;
  highlights: { start: number; end: number }[];
};

const CANDIDATES = 200;
// Claims are short: fewer of them need full ranking than passages do.
const RANKED_CLAIMS = 30;

type TRow = { id: string; sourceId: string; title: string; text: string; textNormalized: string; clusterId: string | null };

/** Claims pinned in other sources that state the same thing (or its opposite): candidates for a cluster. */
export async function findSimilarClaims({ db, actor, input }: { db: Db; actor: Actor; input: { claimId: string; query?: unknown } }): Promise<TSimilarClaim[]> {
  void actor;
  const { limit } = parseInput(ZSimilarQuery, input.query ?? {});
  const claim = await db.claim.findUnique({ where: { id: input.claimId }, select: { id: true, investigationId: true, sourceId: true, text: true, quoteExact: true } });
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist.");
  const vocabulary = await loadVocabulary(db);
  const text = claimText(claim);
  const normalized = normalizeText(text);
  const features = textFeatures(normalized, vocabulary, text);
  const stats = await loadTermStats(db, claim.investigationId, vocabulary);
  const patterns = [...termPatterns(features, vocabulary.aliases), ...rareWindows(normalized, stats).map(likePattern)];
  // Claims are pinned on the sources' sentences, so the passage count (known, cached) bounds the
  // size of the investigation without counting its claims on every request.
  const large = stats.total > SIMILARITY_SEARCH_MAX;
  const query = (threshold: number) => db.$transaction([
    db.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true)`,
    db.$queryRaw<TRow[]>`
      WITH lexical AS (
        SELECT c.id FROM "Claim" c
        WHERE c."investigationId" = ${claim.investigationId} AND c."sourceId" <> ${claim.sourceId}
          AND c."textNormalized" % ${normalized}
        ORDER BY similarity(c."textNormalized", ${normalized}) DESC
        LIMIT ${CANDIDATES}
      ), terms AS (
        SELECT c.id FROM "Claim" c
        WHERE c."investigationId" = ${claim.investigationId} AND c."sourceId" <> ${claim.sourceId}
          AND c."textNormalized" LIKE ANY (${patterns}::text[])
        LIMIT ${CANDIDATES}
      )
      SELECT c.id, c."sourceId", s.title, c.text, c."textNormalized", c."clusterId"
      FROM "Claim" c JOIN "Source" s ON s.id = c."sourceId"
      WHERE c.id IN (SELECT id FROM lexical UNION SELECT id FROM terms)`,
  ]);
  // Large investigations: only the claims containing the claim's rare substrings, entity spellings
  // or figures (short posting lists); small ones: trigram similarity too, strict first.
  let rows: TRow[];
  if (large) {
    rows = patterns.length === 0 ? [] : await db.$queryRaw<TRow[]>`
      SELECT c.id, c."sourceId", s.title, c.text, c."textNormalized", c."clusterId"
      FROM (SELECT * FROM "Claim" c WHERE c."investigationId" = ${claim.investigationId} AND c."sourceId" <> ${claim.sourceId}
              AND c."textNormalized" LIKE ANY (${patterns}::text[]) LIMIT ${CANDIDATES}) c
      JOIN "Source" s ON s.id = c."sourceId"`;
    rows = preRank(claimProbes(features, vocabulary.aliases, stats), rows, RANKED_CLAIMS, (r) => r.textNormalized);
  } else {
    [, rows] = await query(STRICT_THRESHOLD);
    if (rows.length < ENOUGH_CANDIDATES) [, rows] = await query(TRIGRAM_THRESHOLD);
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  const candidates = rows.map((r) => ({ id: r.id, normalized: r.textNormalized, features: textFeatures(r.textNormalized, vocabulary, r.text) }));
  return rankPassages({ normalized, features }, candidates, limit, stats).map((m) => {
    const row = byId.get(m.id)!;
    return { claimId: row.id, sourceId: row.sourceId, sourceTitle: row.title, text: row.text, clusterId: row.clusterId, score: m.score, ...(m.stance ? { stance: m.stance } : {}), highlights: m.highlights };
  });
}
