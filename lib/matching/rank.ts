import type { TTextFeatures } from "./features";
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
  stance?: TStance;
  stanceCues: string[];
};

// Lexical similarity leads; entities and numbers carry matches across languages, where the
// lexical part is near zero (an English passage against a Chinese claim).
const WEIGHTS = { lexical: 0.6, entities: 0.25, numbers: 0.15 };
const STANCE_MIN_SCORE = 0.2;
const YEAR = /^(19|20)\d\d$/;

/**
 * Ranks candidate passages against a claim. IDF comes from the candidate pool itself, so words
 * every passage shares (the story's own vocabulary) count for little.
 */
export function rankPassages(claim: { normalized: string; features: TTextFeatures }, candidates: TCandidate[], limit: number): TRanked[] {
  const idf = inverseFrequencies(candidates);
  const ranked = candidates.map((c) => scoreOne(claim, c, idf));
  return ranked.filter((r) => r.score > 0).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}

function inverseFrequencies(candidates: TCandidate[]): (unit: string) => number {
  const df = new Map<string, number>();
  for (const c of candidates) for (const unit of c.features.units.keys()) df.set(unit, (df.get(unit) ?? 0) + 1);
  const n = candidates.length;
  return (unit) => Math.log(1 + (n + 1) / (1 + (df.get(unit) ?? 0)));
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
  const lexical = 0.75 * recall + 0.25 * precision;

  const entityOverlap = overlap(q.entities, p.entities, highlights, matchedTerms);
  const numberOverlap = overlap(q.numbers, p.numbers, highlights, matchedTerms);
  const parts: [number, number][] = [[WEIGHTS.lexical, lexical]];
  if (q.entities.size) parts.push([WEIGHTS.entities, entityOverlap]);
  if (q.numbers.size) parts.push([WEIGHTS.numbers, numberOverlap]);
  const total = parts.reduce((sum, [w]) => sum + w, 0);
  const score = parts.reduce((sum, [w, v]) => sum + w * v, 0) / total;

  const result: TRanked = { id: candidate.id, score: round(score), highlights: mergeSpans(highlights), matchedTerms, lexical: round(lexical), entityOverlap: round(entityOverlap), numberOverlap: round(numberOverlap), stanceCues: [] };
  if (score >= STANCE_MIN_SCORE) {
    const guess = guessStance(claim.normalized, candidate.normalized, numbersConflict(q.numbers, p.numbers));
    result.stance = guess.stance;
    result.stanceCues = guess.cues;
  }
  return result;
}

function overlap(q: Map<string, [number, number][]>, p: Map<string, [number, number][]>, highlights: [number, number][], terms: string[]): number {
  if (q.size === 0) return 0;
  let shared = 0;
  for (const key of q.keys()) {
    const spans = p.get(key);
    if (!spans) continue;
    shared += 1;
    highlights.push(...spans);
    terms.push(key);
  }
  return shared / q.size;
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
