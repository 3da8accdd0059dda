import type { Db } from "@/lib/server/db";
import { documentKeys, textFeatures, type TVocabulary } from "./features";

export type TTermStats = {
  /** Passages counted (the sample). */
  passages: number;
  /** All of the investigation's passages. */
  total: number;
  df: Map<string, number>;
  /** Sample frequencies of three-character windows: which substrings of a claim are rare enough to look up. */
  windowDf: Map<string, number>;
};

const SAMPLE = 5_000;

const cache = new Map<string, { stamp: string; vocabulary: TVocabulary; stats: TTermStats }>();

/**
 * Document frequencies of units and entities over an investigation's passages (all of them up to
 * 5,000, a fixed sample beyond), so a term's weight reflects the whole story rather than the
 * candidates retrieved by that very term. Cached per process until a source or the alias table
 * changes.
 */
export async function loadTermStats(db: Db, investigationId: string, vocabulary: TVocabulary): Promise<TTermStats> {
  // Passages change only when a source is filed or replaced: the sources' count and latest change
  // say when to recount, in one read of a small table.
  const [row] = await db.$queryRaw<{ stamp: string }[]>`
    SELECT concat(count(*), '/', max("updatedAt")) AS stamp FROM "Source" WHERE "investigationId" = ${investigationId}`;
  const stamp = row?.stamp ?? "";
  const hit = cache.get(investigationId);
  if (hit && hit.stamp === stamp && hit.vocabulary.aliases === vocabulary.aliases && hit.vocabulary.lexicon === vocabulary.lexicon) return hit.stats;
  // A fixed sample estimates frequencies well for large investigations and is exact for small ones.
  const rows = await db.$queryRaw<{ text: string; normalized: string }[]>`
    SELECT text, normalized FROM "Passage" WHERE "investigationId" = ${investigationId} ORDER BY md5(id) LIMIT ${SAMPLE}`;
  const df = new Map<string, number>();
  const windowDf = new Map<string, number>();
  for (const r of rows) {
    for (const key of documentKeys(textFeatures(r.normalized, vocabulary, r.text))) df.set(key, (df.get(key) ?? 0) + 1);
    for (const w of new Set(trigramWindows(r.normalized))) windowDf.set(w, (windowDf.get(w) ?? 0) + 1);
  }
  const [count] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Passage" WHERE "investigationId" = ${investigationId}`;
  const stats = { passages: rows.length, total: count?.n ?? rows.length, df, windowDf };
  cache.set(investigationId, { stamp, vocabulary, stats });
  return stats;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Three-character windows of letters and digits: what one pg_trgm trigram of a LIKE pattern is. */
export function trigramWindows(normalized: string): string[] {
  const chars = Array.from(normalized);
  const windows: string[] = [];
  for (let i = 0; i + 3 <= chars.length; i++) {
    if (WORD_CHAR.test(chars[i]!) && WORD_CHAR.test(chars[i + 1]!) && WORD_CHAR.test(chars[i + 2]!)) windows.push(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  }
  return windows;
}

/**
 * The rarest windows of a text (seen in under 2 % of the sample, rarest first): LIKE patterns
 * whose one trigram each has a short posting list in the trigram index, so looking them up stays
 * fast however large and repetitive the investigation.
 */
export function rareWindows(normalized: string, stats: TTermStats, count = 8): string[] {
  const limit = Math.max(1, stats.passages * 0.02);
  return [...new Set(trigramWindows(normalized))]
    .map((w) => [w, stats.windowDf.get(w) ?? 0] as const)
    .filter(([, n]) => n <= limit)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([w]) => w);
}
