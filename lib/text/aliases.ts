import { normalizeText } from "./normalize";

export type TEntityKind = "PERSON" | "PLACE" | "ORG" | "TERM";
export type TAliasLang = "en" | "zh-Hans" | "zh-Hant";
export type TEntity = { key: string; kind: TEntityKind; names: { text: string; lang: TAliasLang }[] };
export type TEntityMention = { key: string; kind: TEntityKind; start: number; end: number };

// Short all-capital acronyms (US, UK, EU) are also everyday words once lower-cased ("us"), so
// they only count where the original text has them in capitals.
type TAlias = { entity: TEntity; chars: string[]; latin: boolean; exact?: string[] };
const ACRONYM = /^[A-Z]{2,3}$/;
export type TAliasIndex = {
  entities: Map<string, TEntity>;
  /** Normalized alias code points grouped by first code point, longest first. */
  byFirst: Map<string, TAlias[]>;
};

const LATIN_WORD = /[a-z0-9]/;

export function buildAliasIndex(entities: TEntity[]): TAliasIndex {
  const byFirst = new Map<string, TAlias[]>();
  for (const entity of entities) {
    for (const name of entity.names) {
      const chars = Array.from(normalizeText(name.text.trim()));
      if (chars.length === 0) continue;
      const trimmed = name.text.trim();
      const alias: TAlias = { entity, chars, latin: LATIN_WORD.test(chars[0]!), ...(ACRONYM.test(trimmed) ? { exact: Array.from(trimmed) } : {}) };
      byFirst.set(chars[0]!, [...(byFirst.get(chars[0]!) ?? []), alias]);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.chars.length - a.chars.length);
  return { entities: new Map(entities.map((e) => [e.key, e])), byFirst };
}

/**
 * Entity mentions in already-normalized text, longest alias first, never overlapping. Latin aliases
 * must stand as whole words ("nato" not inside "senator"); Chinese ones need no boundary.
 * `original` (the text before normalization, same length) lets capitals-only acronyms match;
 * without it they never do.
 */
export function findEntityMentions(index: TAliasIndex, normalized: string | string[], original?: string | string[]): TEntityMention[] {
  const chars = typeof normalized === "string" ? Array.from(normalized) : normalized;
  const source = original === undefined ? undefined : typeof original === "string" ? Array.from(original) : original;
  const mentions: TEntityMention[] = [];
  for (let i = 0; i < chars.length; i++) {
    const candidates = index.byFirst.get(chars[i]!);
    if (!candidates) continue;
    for (const alias of candidates) {
      if (!matchesAt(chars, i, alias)) continue;
      if (alias.exact && !(source && alias.exact.every((c, j) => source[i + j] === c))) continue;
      mentions.push({ key: alias.entity.key, kind: alias.entity.kind, start: i, end: i + alias.chars.length });
      i += alias.chars.length - 1;
      break;
    }
  }
  return mentions;
}

function matchesAt(chars: string[], at: number, alias: TAlias): boolean {
  if (at + alias.chars.length > chars.length) return false;
  for (let j = 0; j < alias.chars.length; j++) if (chars[at + j] !== alias.chars[j]) return false;
  if (!alias.latin) return true;
  const before = chars[at - 1];
  const after = chars[at + alias.chars.length];
  // "nato's", "ukraine-russia" still count; "senator" and "natoa" do not.
  return !(before && LATIN_WORD.test(before)) && !(after && LATIN_WORD.test(after) && after !== "s");
}

/** Every normalized spelling of the entity a term names (the term itself when it names none). */
export function aliasForms(index: TAliasIndex, term: string): string[] {
  const normalized = normalizeText(term.trim());
  const mentions = findEntityMentions(index, normalized, term.trim());
  const whole = mentions.length === 1 && mentions[0]!.start === 0 && mentions[0]!.end === Array.from(normalized).length;
  if (!whole) return [normalized];
  const entity = index.entities.get(mentions[0]!.key)!;
  return [...new Set([normalized, ...entity.names.map((n) => normalizeText(n.text.trim()))])];
}

/** Every normalized spelling of an entity: what a search for it must look for, in any language. */
export function entityForms(index: TAliasIndex, key: string): string[] {
  const forms = new Set<string>();
  for (const name of index.entities.get(key)?.names ?? []) for (const form of aliasForms(index, name.text)) forms.add(form);
  return [...forms];
}
