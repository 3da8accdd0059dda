import type { TEntityMention } from "@/lib/text/aliases";
import * as V from "./vocabulary";
import { WEIGHTS, type TReasonCode } from "./weights";

export { REASON_CODES, WEIGHTS, type TReasonCode } from "./weights";

export type TReason = { code: TReasonCode; detail?: string };
export type TCheckWorthiness = { score: number; reasons: TReason[] };
export type TSentence = {
  /** The sentence as it stands in the source. */
  text: string;
  /** normalizeText(text): same code points, one for one. */
  normalized: string;
  /** Alias-table mentions in `normalized` (code-point offsets). */
  mentions: TEntityMention[];
};

type TSpan = { start: number; end: number };

// An English word carries about what two Chinese characters do; below SHORT_UNITS a span is a
// fragment (a dateline, "重磅!"), above RUN_ON_UNITS it is several claims run together.
const SHORT_UNITS = 8;
const RUN_ON_UNITS = 150;
const MAX_DETAILS = 3;
// A speaker stands in the reporting verb's clause, at most this many code points before it.
const SPEAKER_REACH = 40;
const CLAUSE_BREAK = /[,;:.!?]/;

export function scoreSentence({ text, normalized, mentions }: TSentence): TCheckWorthiness {
  const original = Array.from(text);
  const surface = (spans: TSpan[]) => details(spans.map((s) => original.slice(s.start, s.end).join("").trim()));
  const names = mentions.filter((m) => m.kind === "PERSON");
  const others = mentions.filter((m) => m.kind !== "PERSON");
  // Names are masked before the word lists run: 卢比奥 (Rubio) holds 比, 万斯 (Vance) 万.
  const plain = mask(Array.from(normalized), [...mentions, ...find(V.REFERENCE_MARKER, normalized)]);

  const plainText = plain.join("");
  const dates = find(V.DATE, plainText);
  const quantities = find(V.QUANTITY, mask(plain, dates).join(""));
  const numbers = find(V.NUMBER, mask(plain, [...dates, ...quantities]).join(""));
  const verbs = find(V.REPORTING, plainText);
  const negations = find(V.NEGATION, plainText);
  const comparisons = find(V.COMPARISON, plainText);
  const speaker = findSpeaker(plain, names, find(V.OFFICE, plainText), verbs);

  const found: [TReasonCode, string | undefined][] = [];
  const add = (code: TReasonCode, fired: boolean, detail?: string) => {
    if (fired) found.push([code, detail]);
  };
  add("official", speaker !== undefined, speaker && surface([speaker]));
  add("person", speaker === undefined && names.length > 0, surface(uniqueByKey(names)));
  add("reporting", speaker === undefined && verbs.length > 0, surface(verbs));
  add("quantity", quantities.length > 0, surface(quantities));
  add("number", numbers.length > 0, surface(numbers));
  add("date", dates.length > 0, surface(dates));
  add("entity", others.length > 0, surface(uniqueByKey(others)));
  add("negation", negations.length > 0, surface(negations));
  add("comparison", comparisons.length > 0, surface(comparisons));

  const boilerplate = find(V.BOILERPLATE, normalized);
  const units = contentUnits(normalized);
  add("boilerplate", boilerplate.length > 0, surface(boilerplate));
  add("question", find(V.QUESTION, normalized).length > 0);
  add("short", units < SHORT_UNITS);
  add("run_on", units > RUN_ON_UNITS);

  const reasons = found
    .map(([code, detail]): TReason => (detail ? { code, detail } : { code }))
    .sort((a, b) => rank(b.code) - rank(a.code));
  const raw = reasons.reduce((sum, r) => sum + WEIGHTS[r.code], 0);
  return { score: Math.round(Math.min(1, Math.max(0, raw)) * 100) / 100, reasons };
}

/** Gains first, largest first; then penalties, largest first. */
function rank(code: TReasonCode): number {
  const weight = WEIGHTS[code];
  return weight > 0 ? 10 + weight : -weight;
}

/** Matches of a global pattern as code-point spans (the pattern sees UTF-16, offsets are converted). */
function find(pattern: RegExp, text: string): TSpan[] {
  const toCodePoint = codePointIndex(text);
  return [...text.matchAll(pattern)].filter((m) => m[0].length > 0).map((m) => ({ start: toCodePoint[m.index]!, end: toCodePoint[m.index + m[0].length]! }));
}

function codePointIndex(text: string): number[] {
  const index: number[] = new Array<number>(text.length + 1);
  let codePoint = 0;
  for (let i = 0; i < text.length; i++) {
    index[i] = codePoint;
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdbff) codePoint++;
  }
  index[text.length] = codePoint;
  return index;
}

/** Blanks spans out (one space per code point) so later patterns neither see nor re-count them. */
function mask(chars: string[], spans: TSpan[]): string[] {
  const out = [...chars];
  for (const { start, end } of spans) for (let i = start; i < end; i++) out[i] = " ";
  return out;
}

/**
 * Who a statement is attributed to. For the first reporting verb that has one: the first name or
 * office title in the verb's own clause (Chinese and English put the speaker first, "川普總統…說",
 * "President Trump stated"), or right after an English verb ("…, said Trump"). A title next to a
 * name is that person; a name owning something ("泽连斯基的一位顾问") is not the speaker.
 */
function findSpeaker(chars: string[], names: TSpan[], offices: TSpan[], verbs: TSpan[]): TSpan | undefined {
  const titles = offices.filter((o) => !names.some((n) => n.start - o.end <= 1 && o.start - n.end <= 1));
  const candidates = [...names, ...titles].filter((c) => chars[c.end] !== "的").sort((a, b) => a.start - b.start);
  for (const verb of verbs) {
    const clause = clauseStart(chars, verb.start);
    const inClause = candidates.find((c) => c.start >= clause && c.end <= verb.start);
    if (inClause) return inClause;
    const latin = /[a-z]/.test(chars[verb.start]!);
    const after = latin ? candidates.find((c) => c.start >= verb.end && c.start - verb.end <= 2) : undefined;
    if (after) return after;
  }
  return undefined;
}

function clauseStart(chars: string[], from: number): number {
  let at = from;
  while (at > 0 && from - at < SPEAKER_REACH && !CLAUSE_BREAK.test(chars[at - 1]!)) at--;
  return at;
}

function uniqueByKey(mentions: TEntityMention[]): TEntityMention[] {
  return mentions.filter((m, i) => mentions.findIndex((n) => n.key === m.key) === i);
}

function details(words: string[]): string | undefined {
  const unique = [...new Set(words.filter(Boolean))].slice(0, MAX_DETAILS);
  return unique.length > 0 ? unique.join(", ") : undefined;
}

/** Chinese characters count one each, Latin words and figures two. */
function contentUnits(normalized: string): number {
  const han = normalized.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = normalized.match(/[a-z]+|\d+(?:[.,]\d+)*/g)?.length ?? 0;
  return han + 2 * words;
}
