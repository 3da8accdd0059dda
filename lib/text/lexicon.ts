import { stemmer } from "stemmer";
import { normalizeText } from "./normalize";

/**
 * A Chinese–English lexicon for meaning-level matching: each normalized (Simplified) headword maps
 * to the stemmed content words of its English glosses. Two texts that share a gloss word share a
 * concept, whatever their language or wording: 會談 and 谈判 both say "talks", 恢復 and "restore"
 * meet on "restor", 邊界 and 邊境 on "border". Built from CC-CEDICT (lib/text/lexicon-source.ts).
 */
export type TLexicon = { glosses: Map<string, string[]>; longestWord: number };
export type TWordSpan = { start: number; end: number; keys: string[] };

// Dictionary shorthand and words every gloss uses; they say nothing about a text's meaning.
const GLOSS_STOP = new Set(
  ("a an the of to in on at by for and or but is are was were be been being it its this that these those with as from " +
    "has have had he she they we you i his her their our will would can could should may might do does did than then there " +
    "here which who whom what when where why how also into over about after before sb sth sb's sth's one one's oneself " +
    "someone something etc esp lit fig abbr variant used cl pr old form kind sort type way thing person people make get " +
    "give take put go come let very much many more most some any all such so up out off down particle term style " +
    "classifier prefix suffix e g i e").split(" "),
);
// Senses that point elsewhere or give a surname carry no meaning of their own.
const SKIP_SENSE = /^(variant of|old variant|see |see also|surname |abbr\. for|used in|erhua variant|japanese variant|also written|also pr\.|also called|archaic variant|unofficial variant|taiwan pr\.|\(old\)|\(archaic\))/i;
const MAX_SENSES = 4;
const MAX_KEYS = 8;
// A lone character's dictionary entry lists everything it can mean; only its first senses count.
const SINGLE_CHAR_SENSES = 2;
const SINGLE_CHAR_KEYS = 4;
// Longer headwords are set phrases and idioms; segmenting with them costs more than they match.
const MAX_WORD = 6;

/** The matching key of an English word: lower case, Porter stem. */
export function englishKey(word: string): string {
  return stemmer(word.toLowerCase());
}

export function isStopWord(word: string): boolean {
  return GLOSS_STOP.has(word.toLowerCase());
}

/** Stemmed content words of a headword's senses, first senses first. */
export function glossKeywords(senses: string[], singleChar = false): string[] {
  const keys: string[] = [];
  const maxKeys = singleChar ? SINGLE_CHAR_KEYS : MAX_KEYS;
  for (const sense of senses.slice(0, singleChar ? SINGLE_CHAR_SENSES : MAX_SENSES)) {
    if (SKIP_SENSE.test(sense.trim())) continue;
    const plain = sense.replace(/\([^)]*\)/g, " ").replace(/\[[^\]]*\]/g, " ").replace(/\bCL:.*$/, " ");
    for (const word of plain.toLowerCase().match(/[a-z]+/g) ?? []) {
      if (word.length < 2 || GLOSS_STOP.has(word)) continue;
      const key = englishKey(word);
      if (!keys.includes(key)) keys.push(key);
      if (keys.length >= maxKeys) return keys;
    }
  }
  return keys;
}

const HAN = /\p{Script=Han}/u;

/** Builds the lexicon from (Simplified headword, senses) pairs; later entries of a headword add senses. */
export function buildLexicon(entries: Iterable<readonly [string, string[]]>): TLexicon {
  const senses = new Map<string, string[]>();
  for (const [headword, list] of entries) {
    const word = normalizeText(headword);
    if (!Array.from(word).every((c) => HAN.test(c))) continue;
    senses.set(word, [...(senses.get(word) ?? []), ...list]);
  }
  const glosses = new Map<string, string[]>();
  let longestWord = 1;
  for (const [word, list] of senses) {
    const length = Array.from(word).length;
    if (length > MAX_WORD) continue;
    const keys = glossKeywords(list, length === 1);
    if (keys.length === 0) continue;
    glosses.set(word, keys);
    longestWord = Math.max(longestWord, length);
  }
  return { glosses, longestWord };
}

/**
 * Dictionary words in runs of Han characters, longest match first from the left (forward maximum
 * matching). Characters no headword covers are skipped.
 */
export function segmentHan(chars: string[], lexicon: TLexicon): TWordSpan[] {
  const words: TWordSpan[] = [];
  let i = 0;
  while (i < chars.length) {
    if (!HAN.test(chars[i]!)) {
      i += 1;
      continue;
    }
    let found: TWordSpan | undefined;
    let run = 1;
    while (run < lexicon.longestWord && i + run < chars.length && HAN.test(chars[i + run]!)) run += 1;
    for (let length = run; length >= 1 && !found; length--) {
      const keys = lexicon.glosses.get(chars.slice(i, i + length).join(""));
      if (keys) found = { start: i, end: i + length, keys };
    }
    if (found) {
      words.push(found);
      i = found.end;
    } else i += 1;
  }
  return words;
}
