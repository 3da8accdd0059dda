import { documentKeys, idfFrom, type TTermCounts, type TTextFeatures } from "./features";
import { guessStance, type TStance } from "./stance";

export type TCandidate = { id: string; normalized: string; features: TTextFeatures };
export type TRanked = {
  id: string;
  score: number;
  /** Code-point spans in the passage of every unit, entity and number shared with the claim. */
  highlights: { start: number; end: number }[];
  matchedTerms: string[];
  lexical: number;
  entityOverlap: number;
  numberOverlap: number;
  conceptOverlap: number;
  /** Why the passage matched, as spans in it: one per shared name, figure and meaning. */
  shared: TSharedSpans;
  stance?: TStance;
  stanceCues: string[];
};

type TSpan = [number, number];
export type TSharedSpans = { names: TSpan[]; figures: TSpan[]; meanings: TSpan[] };

// Lexical similarity leads; entities and numbers carry matches across languages, where the
// lexical part is near zero (an English passage against a Chinese claim).
// Concepts (shared dictionary meanings) bridge paraphrase within a language and carry the lexical
// part's role across languages.
const WEIGHTS = { lexical: 0.5, concepts: 0.15, entities: 0.35, numbers: 0.15 };
const STANCE_MIN_SCORE = 0.1;
const YEAR = /^(19|20)\d\d$/;

/**
 * Ranks candidate passages against a claim. IDF comes from `stats` (all of the investigation's
 * passages) or else the candidate pool, so words every passage shares (the story's own
 * vocabulary) count for little.
 */
export function rankPassages(claim: { normalized: string; features: TTextFeatures }, candidates: TCandidate[], limit: number, stats?: TTermCounts): TRanked[] {
  const idf = idfFrom(stats ?? candidateStats(candidates));
  const ranked = candidates.map((c) => bestOf(scoreOne(claim, c, idf), clauseWindows(claim.features, c).map((w) => scoreOne(claim, w, idf))));
  // A sentence repeated word for word (a caption restating the lede) is shown once.
  const seen = new Set<string>();
  const texts = new Map(candidates.map((c) => [c.id, c.normalized]));
  return ranked
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .filter((r) => {
      const text = texts.get(r.id)!;
      if (seen.has(text)) return false;
      seen.add(text);
      return true;
    })
    .slice(0, limit);
}

function candidateStats(candidates: TCandidate[]): TTermCounts {
  const df = new Map<string, number>();
  for (const c of candidates) for (const unit of documentKeys(c.features)) df.set(unit, (df.get(unit) ?? 0) + 1);
  return { passages: candidates.length, df };
}

function scoreOne(claim: { normalized: string; features: TTextFeatures }, candidate: TCandidate, idf: (unit: string) => number): TRanked {
  const q = claim.features;
  const p = candidate.features;
  const highlights: [number, number][] = [];
  const matchedTerms: string[] = [];

  let sharedWeight = 0;
  let claimWeight = 0;
  let passageWeight = 0;
  for (const unit of q.units.keys()) {
    const weight = idf(unit);
    claimWeight += weight;
    const spans = p.units.get(unit);
    if (spans) {
      sharedWeight += weight;
      highlights.push(...spans);
      matchedTerms.push(unit);
    }
  }
  for (const unit of p.units.keys()) passageWeight += idf(unit);
  const recall = claimWeight ? sharedWeight / claimWeight : 0;
  const precision = passageWeight ? sharedWeight / passageWeight : 0;
  const lexical = 0.65 * recall + 0.35 * precision;

  // Entities weigh by rarity too: in a story about Trump and Ukraine, naming them says little.
  const entitySpans = new Map<string, TSpan>();
  const numberSpans = new Map<string, TSpan>();
  const meaningSpans: TSpan[] = [];
  const entityOverlap = overlap(q.entities, p.entities, highlights, matchedTerms, (key) => idf(`@${key}`), entitySpans);
  const numberOverlap = overlap(q.numbers, p.numbers, highlights, matchedTerms, () => 1, numberSpans);
  const conceptOverlap = conceptMatch(q, p, idf, highlights, matchedTerms, meaningSpans);
  // Across languages (an English claim, a Chinese passage) words cannot meet: meanings, entities,
  // the glossary and figures decide rather than being diluted by a lexical score of zero.
  const same = sameScript(q, p);
  const parts: [number, number][] = same ? [[WEIGHTS.lexical, lexical]] : [];
  if (q.words.length) parts.push([same ? WEIGHTS.concepts : WEIGHTS.lexical, conceptOverlap]);
  if (q.entities.size) parts.push([WEIGHTS.entities, entityOverlap]);
  if (q.numbers.size) parts.push([WEIGHTS.numbers, numberOverlap]);
  const total = parts.reduce((sum, [w]) => sum + w, 0);
  const score = total ? (parts.reduce((sum, [w, v]) => sum + w * v, 0) / total) * lengthPenalty(q.chars.length, p.chars.length) : 0;

  const result: TRanked = { id: candidate.id, score: round(score), highlights: mergeSpans(highlights), matchedTerms: displayTerms(matchedTerms), lexical: round(lexical), entityOverlap: round(entityOverlap), numberOverlap: round(numberOverlap), conceptOverlap: round(conceptOverlap), shared: sharedSpans(p, entitySpans, numberSpans, meaningSpans), stanceCues: [] };
  if (score >= STANCE_MIN_SCORE) {
    const clause = bestClause(candidate.normalized, highlights);
    const guess = guessStance(claim.normalized, clause.text, numbersConflict(q.numbers, inSpan(p.numbers, clause)));
    result.stance = guess.stance;
    result.stanceCues = guess.cues;
  }
  return result;
}

/**
 * Share of the claim's words whose meaning the passage also expresses (and of the passage's words
 * the claim expresses), each word weighted by the rarity of its concepts.
 */
function conceptMatch(q: TTextFeatures, p: TTextFeatures, idf: (unit: string) => number, highlights: [number, number][], terms: string[], firstSpans: TSpan[]): number {
  const weight = (keys: string[]) => keys.reduce((sum, k) => sum + idf(`~${k}`), 0) / keys.length;
  const side = (from: TTextFeatures, to: TTextFeatures, mark: boolean) => {
    let shared = 0;
    let total = 0;
    for (const word of from.words) {
      const w = weight(word.keys);
      total += w;
      const hit = word.keys.filter((k) => to.concepts.has(k));
      if (hit.length === 0) continue;
      shared += w;
      if (!mark) continue;
      const spans = hit.flatMap((k) => to.concepts.get(k)!);
      firstSpans.push(spans[0]!);
      for (const [s, e] of spans) {
        highlights.push([s, e]);
        terms.push(to.chars.slice(s, e).join(""));
      }
    }
    return total ? shared / total : 0;
  };
  if (q.words.length === 0) return 0;
  return 0.65 * side(q, p, true) + 0.35 * side(p, q, false);
}

function overlap(q: Map<string, TSpan[]>, p: Map<string, TSpan[]>, highlights: TSpan[], terms: string[], weight: (key: string) => number, firstSpans: Map<string, TSpan>): number {
  if (q.size === 0) return 0;
  let shared = 0;
  let total = 0;
  for (const key of q.keys()) {
    total += weight(key);
    const spans = p.get(key);
    if (!spans) continue;
    shared += weight(key);
    highlights.push(...spans);
    terms.push(key);
    firstSpans.set(key, spans[0]!);
  }
  return total ? shared / total : 0;
}

/** Glossary terms (the alias table's TERM kind) are meanings; people, places and bodies are names. */
function sharedSpans(p: TTextFeatures, entities: Map<string, TSpan>, figures: Map<string, TSpan>, meanings: TSpan[]): TSharedSpans {
  const kinds = new Map(p.mentions.map((m) => [m.key, m.kind]));
  const isTerm = (key: string) => kinds.get(key) === "TERM";
  return {
    names: [...entities].filter(([key]) => !isTerm(key)).map(([, span]) => span),
    figures: [...figures.values()],
    meanings: [...[...entities].filter(([key]) => isTerm(key)).map(([, span]) => span), ...meanings],
  };
}

const CLAUSE_BREAK = /[,;:!?.]/;

/**
 * The clause of a long sentence where the shared terms concentrate: stance is read there, so a
 * "but" or "not" elsewhere in a long quote does not flip it.
 */
function bestClause(normalized: string, highlights: [number, number][]): { start: number; end: number; text: string } {
  const chars = Array.from(normalized);
  const clauses: { start: number; end: number }[] = [];
  let start = 0;
  chars.forEach((c, i) => {
    if (CLAUSE_BREAK.test(c) && !(c === "." && /[0-9]/.test(chars[i + 1] ?? ""))) {
      if (i > start) clauses.push({ start, end: i });
      start = i + 1;
    }
  });
  if (start < chars.length) clauses.push({ start, end: chars.length });
  let bestIndex = 0;
  let bestCover = -1;
  clauses.forEach((clause, i) => {
    const cover = highlights.reduce((n, [s, e]) => n + Math.max(0, Math.min(e, clause.end) - Math.max(s, clause.start)), 0);
    if (cover > bestCover) {
      bestIndex = i;
      bestCover = cover;
    }
  });
  // The clause with its neighbours: a subject named in one clause often has its predicate (and
  // its negation) in the next ("X and Y both believe, | Ukraine's chances are very low").
  const best = clauses.length ? { start: clauses[Math.max(0, bestIndex - 1)]!.start, end: clauses[Math.min(clauses.length - 1, bestIndex + 1)]!.end } : { start: 0, end: chars.length };
  return { ...best, text: chars.slice(best.start, best.end).join("") };
}

function inSpan(numbers: Map<string, [number, number][]>, span: { start: number; end: number }): Map<string, [number, number][]> {
  return new Map([...numbers].filter(([, spans]) => spans.some(([s, e]) => s >= span.start && e <= span.end)));
}

/** Years against years, other figures against other figures: both sides give some, none agree. */
function numbersConflict(q: Map<string, unknown>, p: Map<string, unknown>): boolean {
  for (const isYear of [true, false]) {
    const a = [...q.keys()].filter((n) => YEAR.test(n) === isYear);
    const b = [...p.keys()].filter((n) => YEAR.test(n) === isYear);
    if (a.length && b.length && !a.some((n) => b.includes(n))) return true;
  }
  return false;
}

export function mergeSpans(spans: [number, number][]): { start: number; end: number }[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: { start: number; end: number }[] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Shared terms as a person reads them: single characters only when no longer term covers them. */
function displayTerms(terms: string[]): string[] {
  const whole = terms.filter((t) => !t.startsWith("·"));
  const singles = terms.filter((t) => t.startsWith("·")).map((t) => t.slice(1)).filter((c) => !whole.some((t) => t.includes(c)));
  return [...new Set([...whole, ...singles])];
}

const HAN_CHAR = /\p{Script=Han}/u;
const LATIN_CHAR = /[a-z]/;

function dominantScript(chars: string[]): "han" | "latin" {
  let han = 0;
  let latin = 0;
  for (const c of chars) {
    if (HAN_CHAR.test(c)) han += 1;
    else if (LATIN_CHAR.test(c)) latin += 1;
  }
  // A Han character carries about as much as a short Latin word.
  return han * 3 >= latin ? "han" : "latin";
}

function sameScript(q: TTextFeatures, p: TTextFeatures): boolean {
  return dominantScript(q.chars) === dominantScript(p.chars);
}

/** Sentences far longer than the claim match many things a little; they give way to focused ones. */
function lengthPenalty(claimLength: number, passageLength: number): number {
  const ratio = passageLength / Math.max(1, 2 * claimLength);
  return ratio <= 1 ? 1 : 1 / (1 + 0.35 * Math.log(ratio));
}

/**
 * A long sentence also competes through its clause windows (a clause with its neighbour), so a
 * passage whose one clause says what the claim says is not drowned by the rest of its sentence.
 * The sentence keeps its own spans: a window only lends its score.
 */
function clauseWindows(q: TTextFeatures, c: TCandidate): TCandidate[] {
  if (c.features.chars.length <= 2 * q.chars.length) return [];
  const chars = c.features.chars;
  const bounds: number[] = [0];
  chars.forEach((ch, i) => {
    if (CLAUSE_BREAK.test(ch) && !(ch === "." && /[0-9]/.test(chars[i + 1] ?? ""))) bounds.push(i + 1);
  });
  bounds.push(chars.length);
  const windows: TCandidate[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i]!;
    const end = bounds[Math.min(i + 2, bounds.length - 1)]!;
    if (end - start >= chars.length) continue;
    windows.push({ id: c.id, normalized: chars.slice(start, end).join(""), features: sliceFeatures(c.features, start, end) });
  }
  return windows;
}

function sliceFeatures(f: TTextFeatures, start: number, end: number): TTextFeatures {
  const within = (map: Map<string, [number, number][]>) => {
    const out = new Map<string, [number, number][]>();
    for (const [key, spans] of map) {
      const inside = spans.filter(([s, e]) => s >= start && e <= end).map(([s, e]): [number, number] => [s - start, e - start]);
      if (inside.length) out.set(key, inside);
    }
    return out;
  };
  const words = f.words.filter((w) => w.start >= start && w.end <= end).map((w) => ({ ...w, start: w.start - start, end: w.end - start }));
  return { chars: f.chars.slice(start, end), units: within(f.units), entities: within(f.entities), numbers: within(f.numbers), mentions: f.mentions.filter((m) => m.start >= start && m.end <= end), words, concepts: within(f.concepts) };
}

function bestOf(whole: TRanked, windows: TRanked[]): TRanked {
  const best = windows.reduce((top, w) => (w.score > top.score ? w : top), whole);
  if (best === whole) return whole;
  // The window's score and stance (read where the match is); the whole sentence's highlights.
  return { ...whole, score: best.score, ...(best.stance ? { stance: best.stance } : {}), stanceCues: best.stanceCues };
}
