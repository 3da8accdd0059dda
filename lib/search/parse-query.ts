import { findEntityMentions, type TAliasIndex } from "@/lib/text/aliases";
import { normalizeText } from "@/lib/text/normalize";

export type TSearchTerm = {
  /** As the person typed it. */
  term: string;
  /** Every spelling searched, as written (the typed one first, then the alias table's). */
  forms: string[];
  /** Normalized spellings a text is matched against; a text matches the term when it holds any. */
  patterns: string[];
};

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

/**
 * Terms of a search: the query split on whitespace, and entity names found anywhere in it (so an
 * unspaced "泽连斯基北约" is two terms, "Donald Trump" one), each expanded to every spelling the alias
 * table knows for it. Punctuation around a word is not part of it; terms naming the same thing merge.
 */
export function parseSearchQuery(index: TAliasIndex, query: string): TSearchTerm[] {
  const typed = Array.from(query);
  const normalized = Array.from(normalizeText(query));
  const terms: TSearchTerm[] = [];
  let at = 0;
  for (const mention of [...findEntityMentions(index, normalized), null]) {
    const gapEnd = mention ? mention.start : normalized.length;
    terms.push(...plainTerms(typed, normalized, at, gapEnd));
    if (!mention) break;
    const entity = index.entities.get(mention.key)!;
    const term = typed.slice(mention.start, mention.end).join("");
    terms.push(expanded(term, entity.names.map((n) => n.text.trim())));
    at = mention.end;
  }
  return mergeTerms(terms);
}

function plainTerms(typed: string[], normalized: string[], from: number, to: number): TSearchTerm[] {
  const terms: TSearchTerm[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && !SPACE.test(normalized[i]!)) continue;
    let first = start;
    let last = i;
    while (first < last && !WORD_CHAR.test(normalized[first]!)) first++;
    while (last > first && !WORD_CHAR.test(normalized[last - 1]!)) last--;
    if (last > first) terms.push(expanded(typed.slice(first, last).join(""), []));
    start = i + 1;
  }
  return terms;
}

/** Forms keep every distinct spelling (烏克蘭 and 乌克兰 both tell the reader what was searched); patterns need one per normalized form. */
function expanded(term: string, names: string[]): TSearchTerm {
  const forms = [...new Set([term, ...names].filter(Boolean))];
  return { term, forms, patterns: essentialPatterns([...new Set(forms.map(normalizeText))]) };
}

/** A spelling that contains another ("zelenskyy" ⊃ "zelensky") can only match where the shorter one does. */
function essentialPatterns(patterns: string[]): string[] {
  return patterns.filter((p) => !patterns.some((other) => other !== p && p.includes(other)));
}

function mergeTerms(terms: TSearchTerm[]): TSearchTerm[] {
  const byPatterns = new Map<string, TSearchTerm>();
  for (const term of terms) {
    const key = [...term.patterns].sort().join("\u0000");
    if (!byPatterns.has(key)) byPatterns.set(key, term);
  }
  return [...byPatterns.values()];
}
