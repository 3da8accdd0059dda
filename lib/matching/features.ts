import { findEntityMentions, type TAliasIndex, type TEntityMention } from "@/lib/text/aliases";
import { englishKey, segmentHan, type TLexicon, type TWordSpan } from "@/lib/text/lexicon";
import { extractFigures } from "@/lib/text/numbers";

/** What texts are read with: the alias table (names) and the lexicon (meanings across languages). */
export type TVocabulary = { aliases: TAliasIndex; lexicon: TLexicon };

/** What matching compares for one text, all computed on normalized text (lib/text/normalize.ts). */
export type TTextFeatures = {
  chars: string[];
  /** Content units: Han characters and bigrams, Latin words, with the code-point spans where each occurs. */
  units: Map<string, [number, number][]>;
  entities: Map<string, [number, number][]>;
  numbers: Map<string, [number, number][]>;
  mentions: TEntityMention[];
  /**
   * Words outside entity names with their concept keys: stemmed English gloss words for Chinese
   * words, the stem itself for English ones. `concepts` indexes the same spans by key.
   */
  words: TWordSpan[];
  concepts: Map<string, [number, number][]>;
};

const HAN = /\p{Script=Han}/u;
const LATIN = /[a-z]/;
// Function words carry no topic; Chinese ones are dropped as bigrams made only of them.
const EN_STOP = new Set("a an the of to in on at by for and or but is are was were be been being it its this that these those with as from has have had he she they we you i his her their our will would can could should may might not no do does did than then there here which who whom what when where why how also into over about after before said says".split(" "));
const ZH_FUNCTION = new Set(Array.from("的了是在和与及或也都就而并但又被把将对于其这那之为以所着过们个一中上下不有"));

/** `original` is the text before normalization (same length), so acronyms in capitals count. */
export function textFeatures(normalized: string, { aliases, lexicon }: TVocabulary, original?: string): TTextFeatures {
  const chars = Array.from(normalized);
  const englishWords: TWordSpan[] = [];
  const units = new Map<string, [number, number][]>();
  const numbers = new Map<string, [number, number][]>();
  const add = (map: Map<string, [number, number][]>, key: string, start: number, end: number) => {
    const list = map.get(key);
    if (list) list.push([start, end]);
    else map.set(key, [[start, end]]);
  };
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (HAN.test(char)) {
      // Single characters let paraphrases meet (通话 / 电话); IDF keeps the common ones cheap.
      if (!ZH_FUNCTION.has(char)) add(units, `·${char}`, i, i + 1);
      const next = chars[i + 1];
      if (next && HAN.test(next) && !(ZH_FUNCTION.has(char) && ZH_FUNCTION.has(next))) add(units, char + next, i, i + 2);
    } else if (LATIN.test(char) && !(i > 0 && LATIN.test(chars[i - 1]!))) {
      let end = i;
      while (end < chars.length && /[a-z']/.test(chars[end]!)) end++;
      const word = stem(chars.slice(i, end).join(""));
      if (word.length > 1 && !EN_STOP.has(word)) {
        add(units, word, i, end);
        englishWords.push({ start: i, end, keys: [englishKey(word)] });
      }
    }
  }
  for (const figure of extractFigures(chars)) add(numbers, figure.value, figure.start, figure.end);
  const mentions = findEntityMentions(aliases, chars, original);
  const entities = new Map<string, [number, number][]>();
  for (const m of mentions) add(entities, m.key, m.start, m.end);
  const named = (w: TWordSpan) => mentions.some((m) => w.start < m.end && m.start < w.end);
  const hanWords = segmentHan(chars, lexicon).filter((w) => !(w.end - w.start === 1 && ZH_FUNCTION.has(chars[w.start]!)));
  const words = [...hanWords, ...englishWords].filter((w) => !named(w)).sort((a, b) => a.start - b.start);
  const concepts = new Map<string, [number, number][]>();
  for (const w of words) for (const key of w.keys) add(concepts, key, w.start, w.end);
  return { chars, units, entities, numbers, mentions, words, concepts };
}

/** Light English stemming: enough to meet "borders"/"border", "talks"/"talk", "Ukraine's"/"Ukraine". */
function stem(word: string): string {
  let w = word.replace(/'s?$/, "");
  if (w.length > 4 && w.endsWith("ies")) w = w.slice(0, -3) + "y";
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  return w;
}

/** Document frequencies over `passages` texts, keyed as documentKeys gives them. */
export type TTermCounts = { passages: number; df: Map<string, number> };

/** The keys a passage counts once towards document frequency: units, `@entity`, `~concept`. */
export function documentKeys(f: TTextFeatures): string[] {
  return [...f.units.keys(), ...[...f.entities.keys()].map((k) => `@${k}`), ...[...f.concepts.keys()].map((k) => `~${k}`)];
}

/** Smoothed inverse document frequency: words every passage shares count for little, never nothing. */
export function idfFrom({ passages, df }: TTermCounts): (key: string) => number {
  return (key) => Math.log(1 + (passages + 1) / (1 + (df.get(key) ?? 0)));
}
