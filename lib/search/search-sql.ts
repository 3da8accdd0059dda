import { Prisma } from "@/lib/generated/prisma/client";
import type { TSearchTerm } from "./parse-query";

// SQL pieces shared by every kind of hit. Each text is compared through its stored normalized
// column (normalizeText, written with the text; see the text_index migration), which carries the
// trigram index, so PostgreSQL answers the LIKEs from the index instead of reading every row.

/** A LIKE pattern matching `text` anywhere, with LIKE's own wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Every term occurs in `expr`, each in any of its spellings (`LIKE ANY (array)`, which the trigram
 * index answers).
 */
export function allTermsMatch(expr: Prisma.Sql, terms: TSearchTerm[]): Prisma.Sql {
  return Prisma.join(terms.map((t) => Prisma.sql`${expr} LIKE ANY (${t.patterns.map(containsPattern)}::text[])`), " AND ");
}

/**
 * The rank of a hit: for each term, the length of the longest of its spellings the text holds (a
 * full name outweighs a short alias), then trigram similarity to the whole query (0–1: the text that
 * is mostly the query comes first). Computed over `normalized`, the stored normalized text the
 * subquery returns (see find-hits.ts).
 */
export function matchScore(normalized: Prisma.Sql, terms: TSearchTerm[], query: string): Prisma.Sql {
  const longest = (t: TSearchTerm) => {
    const lengths = t.patterns.map((p) => Array.from(p).length);
    if (t.patterns.length === 1) return Prisma.raw(String(lengths[0]));
    const cases = t.patterns.map((p, i) => Prisma.sql`CASE WHEN ${normalized} LIKE ${containsPattern(p)} THEN ${Prisma.raw(String(lengths[i]))} ELSE 0 END`);
    return Prisma.sql`GREATEST(${Prisma.join(cases, ", ")})`;
  };
  return Prisma.sql`(${Prisma.join(terms.map(longest), " + ")} + similarity(${normalized}, ${query}))::float8`;
}

export const scopeTo = (column: Prisma.Sql, investigationId: string | undefined) =>
  investigationId ? Prisma.sql`AND ${column} = ${investigationId}` : Prisma.empty;
