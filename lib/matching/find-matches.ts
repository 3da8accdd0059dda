import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/validation";
import { entityForms, type TAliasIndex } from "@/lib/text/aliases";
import { normalizeText } from "@/lib/text/normalize";
import { textFeatures, type TTextFeatures } from "./features";
import { indexMissingPassages } from "./passages";
import { claimProbes, preRank } from "./pre-rank";
import { rankPassages } from "./rank";
import { sharedTerms, type TSharedTerms } from "./shared-terms";
import { loadTermStats, rareWindows } from "./term-stats";
import { ZMatchQuery } from "./schemas";
import type { TStance } from "./stance";
import { loadVocabulary } from "./vocabulary";

export type TPassageMatch = {
  passageId: string;
  sourceId: string;
  sourceTitle: string;
  sourceLanguage: string;
  /** Code-point offsets into the source's clean text. */
  start: number;
  end: number;
  text: string;
  score: number;
  /** A suggestion for the reviewer to confirm, present when the passage clearly speaks to the claim. */
  stance?: TStance;
  stanceCues: string[];
  /** Code-point spans within `text` of the terms shared with the claim. */
  highlights: { start: number; end: number }[];
  matchedTerms: string[];
  /** Why it matched, in the passage's own words: shared names, figures and meanings. */
  shared: TSharedTerms;
  signals: { lexical: number; concepts: number; entities: number; numbers: number };
};

// Trigram retrieval feeds the ranker; a low threshold because a short claim shares few trigrams
// with a long sentence, and the ranker, not the threshold, decides.
export const TRIGRAM_THRESHOLD = 0.05;
export const STRICT_THRESHOLD = 0.3;
export const ENOUGH_CANDIDATES = 50;
// Up to this many passages, candidates also come from trigram similarity over all of them.
export const SIMILARITY_SEARCH_MAX = 20_000;
// Up to this many passages every passage of the other sources is ranked: nothing a retrieval step
// could miss (a paraphrase in another language shares no trigram), and ranking them costs less
// than a request's round trip.
export const RANK_ALL_MAX = 2_000;
const TRIGRAM_CANDIDATES = 200;
const TERM_CANDIDATES = 400;
// Each candidate is ranked in Node (~0.1 ms): the cap keeps a claim's suggestions inside 50 ms.
export const LARGE_CANDIDATES = 200;
// Of those, the ones a substring pass finds closest are ranked in full.
export const RANKED_CANDIDATES = 50;

type TPassageRow = { id: string; sourceId: string; title: string; primaryLanguage: string; start: number; end: number; text: string; normalized: string };

/** Passages in the investigation's other sources that speak to a claim, best first. */
export async function findMatches({ db, actor, input }: { db: Db; actor: Actor; input: { claimId: string; query?: unknown } }): Promise<TPassageMatch[]> {
  void actor; // every member of the desk may read every claim and source
  const { limit } = parseInput(ZMatchQuery, input.query ?? {});
  const claim = await db.claim.findUnique({ where: { id: input.claimId }, select: { investigationId: true, sourceId: true, text: true, quoteExact: true } });
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist.");
  return matchText(db, { investigationId: claim.investigationId, excludeSourceId: claim.sourceId, text: claimText(claim), limit });
}

/** The words the claim was pinned to say what it is about; a reworded claim text adds to them. */
export function claimText(claim: { text: string; quoteExact: string }): string {
  return claim.text.trim() === claim.quoteExact.trim() ? claim.quoteExact : `${claim.quoteExact}\n${claim.text}`;
}

export async function matchText(db: Db, { investigationId, excludeSourceId, text, limit }: { investigationId: string; excludeSourceId: string | null; text: string; limit: number }): Promise<TPassageMatch[]> {
  await indexMissingPassages(db, investigationId);
  const vocabulary = await loadVocabulary(db);
  const normalized = normalizeText(text);
  const features = textFeatures(normalized, vocabulary, text);
  const stats = await loadTermStats(db, investigationId, vocabulary);
  const patterns = [...termPatterns(features, vocabulary.aliases), ...rareWindows(normalized, stats).map(likePattern)];
  const rows = stats.total <= RANK_ALL_MAX
    ? await allPassages(db, { investigationId, excludeSourceId })
    : stats.total <= SIMILARITY_SEARCH_MAX
      ? await candidatePassages(db, { investigationId, excludeSourceId, normalized, patterns })
      : preRank(claimProbes(features, vocabulary.aliases, stats), await passagesWithTerms(db, { investigationId, excludeSourceId, patterns }), RANKED_CANDIDATES, (r) => r.normalized);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const candidates = rows.map((r) => ({ id: r.id, normalized: r.normalized, features: textFeatures(r.normalized, vocabulary, r.text) }));
  return rankPassages({ normalized, features }, candidates, limit, stats).map((m) => {
    const row = byId.get(m.id)!;
    return {
      passageId: row.id, sourceId: row.sourceId, sourceTitle: row.title, sourceLanguage: row.primaryLanguage,
      start: row.start, end: row.end, text: row.text, score: m.score,
      ...(m.stance ? { stance: m.stance } : {}), stanceCues: m.stanceCues,
      highlights: m.highlights, matchedTerms: m.matchedTerms, shared: sharedTerms(row.text, m.shared),
      signals: { lexical: m.lexical, concepts: m.conceptOverlap, entities: m.entityOverlap, numbers: m.numberOverlap },
    };
  });
}

/** LIKE patterns that reach passages in other languages: every spelling of each entity, each number. */
export function termPatterns(features: TTextFeatures, aliases: TAliasIndex): string[] {
  const terms = new Set<string>();
  for (const key of features.entities.keys()) for (const form of entityForms(aliases, key)) terms.add(form);
  for (const number of features.numbers.keys()) if (number.length >= 2) terms.add(number);
  return [...terms].map(likePattern);
}

export const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Large investigations: candidates are the passages containing the claim's rarest substrings,
 * entity spellings or figures, found through the trigram index's short posting lists. Ranking a
 * similarity over hundreds of thousands of sentences is what this avoids.
 */
async function passagesWithTerms(db: Db, { investigationId, excludeSourceId, patterns }: { investigationId: string; excludeSourceId: string | null; patterns: string[] }): Promise<TPassageRow[]> {
  if (patterns.length === 0) return [];
  return db.$queryRaw<TPassageRow[]>`
    SELECT p.id, p."sourceId", s.title, s."primaryLanguage", p.start, p."end", p.text, p.normalized
    FROM (SELECT * FROM "Passage" p
          WHERE p."investigationId" = ${investigationId} AND p."sourceId" IS DISTINCT FROM ${excludeSourceId}
            AND p.normalized LIKE ANY (${patterns}::text[])
          LIMIT ${LARGE_CANDIDATES}) p
    JOIN "Source" s ON s.id = p."sourceId"`;
}

async function allPassages(db: Db, { investigationId, excludeSourceId }: { investigationId: string; excludeSourceId: string | null }): Promise<TPassageRow[]> {
  return db.$queryRaw<TPassageRow[]>`
    SELECT p.id, p."sourceId", s.title, s."primaryLanguage", p.start, p."end", p.text, p.normalized
    FROM "Passage" p JOIN "Source" s ON s.id = p."sourceId"
    WHERE p."investigationId" = ${investigationId} AND p."sourceId" IS DISTINCT FROM ${excludeSourceId}`;
}

async function candidatePassages(db: Db, query: { investigationId: string; excludeSourceId: string | null; normalized: string; patterns: string[] }): Promise<TPassageRow[]> {
  // Strict first: on a large investigation a low threshold makes PostgreSQL recheck most rows.
  // Only when few passages are that close does it widen, where the wide search is cheap anyway.
  const strict = await candidatesAt(db, query, STRICT_THRESHOLD);
  return strict.length >= ENOUGH_CANDIDATES ? strict : candidatesAt(db, query, TRIGRAM_THRESHOLD);
}

async function candidatesAt(db: Db, { investigationId, excludeSourceId, normalized, patterns }: { investigationId: string; excludeSourceId: string | null; normalized: string; patterns: string[] }, threshold: number): Promise<TPassageRow[]> {
  const [, rows] = await db.$transaction([
    db.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true)`,
    db.$queryRaw<TPassageRow[]>`
      WITH lexical AS (
        SELECT p.id FROM "Passage" p
        WHERE p."investigationId" = ${investigationId} AND p."sourceId" IS DISTINCT FROM ${excludeSourceId}
          AND p.normalized % ${normalized}
        ORDER BY similarity(p.normalized, ${normalized}) DESC
        LIMIT ${TRIGRAM_CANDIDATES}
      ), terms AS (
        SELECT p.id FROM "Passage" p
        WHERE p."investigationId" = ${investigationId} AND p."sourceId" IS DISTINCT FROM ${excludeSourceId}
          AND p.normalized LIKE ANY (${patterns}::text[])
        LIMIT ${TERM_CANDIDATES}
      )
      SELECT p.id, p."sourceId", s.title, s."primaryLanguage", p.start, p."end", p.text, p.normalized
      FROM "Passage" p JOIN "Source" s ON s.id = p."sourceId"
      WHERE p.id IN (SELECT id FROM lexical UNION SELECT id FROM terms)`,
  ]);
  return rows;
}
