import type { Actor } from "@/lib/auth/actor";
import { loadAliasIndex } from "@/lib/entities/alias-index";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/validation";
import { normalizeText } from "@/lib/text/normalize";
import type { TSearchHit, TSearchResult } from "./dto";
import { FINDERS } from "./find-hits";
import { findMatches, makeSnippet } from "./highlight";
import { parseSearchQuery } from "./parse-query";
import { MAX_TERMS, SEARCH_KINDS, ZSearchQuery } from "./schemas";

const badQuery = (message: string) => new AppError("BAD_REQUEST", message, { fields: [{ path: "q", message }] });

/**
 * One search over source passages, claims, verdict rationales and comments, in any script: every
 * word of the query must occur, each in any of its spellings (Traditional or Simplified, full- or
 * half-width, or another name the alias table gives the entity). Every member may search; what a
 * reviewer may not read under blind review is not found for them.
 */
export async function searchEverything({ db, actor, input }: { db: Db; actor: Actor; input: unknown }): Promise<TSearchResult> {
  const { q, investigationId, kinds, limit } = parseInput(ZSearchQuery, input);
  const terms = parseSearchQuery(await loadAliasIndex(db), q);
  if (terms.length === 0) throw badQuery("Search for at least one letter or digit.");
  if (terms.length > MAX_TERMS) throw badQuery(`Search for at most ${MAX_TERMS} words at a time.`);
  if (investigationId && !(await db.investigation.findUnique({ where: { id: investigationId }, select: { id: true } }))) {
    throw new AppError("NOT_FOUND", "That investigation does not exist.");
  }
  const query = normalizeText(terms.map((t) => t.term).join(" "));
  const found = await Promise.all((kinds ?? SEARCH_KINDS).map((kind) => FINDERS[kind]({ db, actor, terms, query, investigationId, limit })));
  // Every spelling is marked whole ("Zelenskyy", not "Zelensky" + "y"), though fewer sufficed to find the hit.
  const patterns = terms.flatMap((t) => t.forms.map(normalizeText));
  const hits = found.flat().map(({ text, ...hit }): TSearchHit => ({ ...hit, ...makeSnippet(text, findMatches(text, patterns)) }));
  hits.sort((a, b) => b.score - a.score);
  return { query: q, terms: terms.map(({ term, forms }) => ({ term, forms })), hits };
}
