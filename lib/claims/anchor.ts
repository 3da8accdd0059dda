import { editDistance, findApproximateEnds, findMatchStart, toCodePoints } from "./anchor-approximate";
import { normalizeForSearch } from "./anchor-normalize";
import { createOffsetIndex, splitsSurrogatePair } from "./anchor-offsets";
import { DEFAULT_CONTEXT_LENGTH, describeIndexed, type TAnchor } from "./anchor-select";

export { AnchorError, type TAnchorErrorCode } from "./anchor-error";
export { codePointLength, codePointToUtf16, createOffsetIndex, sliceCodePoints, utf16ToCodePoint, type TOffsetIndex } from "./anchor-offsets";
export {
  describeSelection,
  selectionFromUtf16,
  validateSelector,
  type TAnchor,
  type TSelectorInput,
  type TTextPositionSelector,
  type TTextQuoteSelector,
} from "./anchor-select";

// An orphan's `score`, when present, is the best rejected fuzzy candidate's: how close it came.
export type TReanchorResult =
  | { status: "exact-position" | "moved" | "fuzzy"; anchor: TAnchor; score: number }
  | { status: "orphaned"; anchor?: undefined; score?: number };

// Score = (50·quote + 20·prefix + 20·suffix + 2·position) / 92, each similarity in [0, 1]: the words
// dominate, context tells repeats apart, position only breaks near-ties (weights as in Hypothesis).
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const WEIGHT_TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
/** At most one edit (insert, delete, substitute) per four code points of the quote. */
export const FUZZY_MAX_ERROR_RATE = 0.25;
/**
 * Wrongly pinned evidence is worse than an orphan a person re-pins, so the bar is high: a quote 90%
 * intact needs about 55% of its context, one 75% intact about 74%. On the demo corpus, quotes with a
 * quarter of their characters and some context edited scored ≥ 0.81; after deleting a quote's
 * paragraph, 96% of quotes had no candidate at all and most of the rest scored < 0.70.
 */
export const FUZZY_SCORE_THRESHOLD = 0.75;
/** Bounds the work when a short quote matches loosely all over a long text. */
const FUZZY_CANDIDATE_LIMIT = 64;

type TCandidate = { start: number; end: number; quoteSimilarity: number };
type TScored = TCandidate & { contextSimilarity: number; distance: number; score: number };

const scoreCeiling = (quoteSimilarity: number) => (WEIGHTS.quote * quoteSimilarity + WEIGHT_TOTAL - WEIGHTS.quote) / WEIGHT_TOTAL;
const similarity = (expected: Int32Array, found: Int32Array) =>
  expected.length === 0 ? 1 : Math.max(0, 1 - editDistance(expected, found) / expected.length);

/**
 * Finds the saved selection again after the text changed. Never throws: an anchor that cannot be
 * placed with confidence comes back "orphaned" so a person can re-pin it, rather than being dropped
 * or pinned to the wrong words. Returned anchors describe `newText` exactly as given.
 */
export function reanchor(newText: string, saved: TAnchor): TReanchorResult {
  const exact = saved.quote.exact.normalize("NFC");
  if (exact.length === 0) return { status: "orphaned" };
  const index = createOffsetIndex(newText);
  const { start: oldStart, end: oldEnd } = saved.position;
  const describe = (start: number, end: number) => describeIndexed(newText, index, start, end, DEFAULT_CONTEXT_LENGTH);
  // Stored anchors may have lost their position (callers pass -1); nearness then favours no one.
  const hasOldPosition = Number.isInteger(oldStart) && Number.isInteger(oldEnd) && oldStart >= 0 && oldStart < oldEnd;

  if (hasOldPosition && oldEnd <= index.codePointLength) {
    const atOldPosition = newText.slice(index.toUtf16(oldStart), index.toUtf16(oldEnd));
    if (atOldPosition.normalize("NFC") === exact) return { status: "exact-position", anchor: describe(oldStart, oldEnd), score: 1 };
  }

  const searchable = normalizeForSearch(newText);
  const codes = toCodePoints(searchable.text);
  const pattern = toCodePoints(exact);
  const prefix = toCodePoints(saved.quote.prefix.normalize("NFC"));
  const suffix = toCodePoints(saved.quote.suffix.normalize("NFC"));
  const scoreOf = (candidate: TCandidate): TScored => {
    const original = searchable.toOriginal(candidate.start, candidate.end);
    const contextSimilarity =
      (WEIGHTS.prefix * similarity(prefix, codes.subarray(Math.max(0, candidate.start - prefix.length), candidate.start)) +
        WEIGHTS.suffix * similarity(suffix, codes.subarray(candidate.end, candidate.end + suffix.length))) /
      (WEIGHTS.prefix + WEIGHTS.suffix);
    const distance = hasOldPosition ? Math.abs(original.start - oldStart) : 0;
    const nearness = hasOldPosition ? 1 - Math.min(1, distance / Math.max(1, codes.length)) : 0;
    const score =
      (WEIGHTS.quote * candidate.quoteSimilarity + (WEIGHTS.prefix + WEIGHTS.suffix) * contextSimilarity + WEIGHTS.position * nearness) /
      WEIGHT_TOTAL;
    return { ...original, quoteSimilarity: candidate.quoteSimilarity, contextSimilarity, distance, score };
  };
  const found = (status: "moved" | "fuzzy", best: TScored): TReanchorResult => ({
    status,
    anchor: describe(best.start, best.end),
    score: best.score,
  });

  const occurrences = findAll(searchable.text, exact).map((start) => ({ start, end: start + pattern.length, quoteSimilarity: 1 }));
  if (occurrences.length > 0) {
    const scored = occurrences.map(scoreOf);
    // Context decides between repeats; only equally fitting repeats fall back to nearness.
    const best = scored.reduce((a, b) =>
      b.contextSimilarity > a.contextSimilarity || (b.contextSimilarity === a.contextSimilarity && b.distance < a.distance) ? b : a,
    );
    return found("moved", best);
  }

  const maxErrors = Math.floor(pattern.length * FUZZY_MAX_ERROR_RATE);
  if (maxErrors === 0) return { status: "orphaned" };
  let best: TScored | undefined;
  for (const { end, errors } of findApproximateEnds(codes, pattern, maxErrors).slice(0, FUZZY_CANDIDATE_LIMIT)) {
    const quoteSimilarity = 1 - errors / pattern.length;
    // Ends come fewest errors first, so once perfect context cannot lift one past the best, none can.
    if (best && scoreCeiling(quoteSimilarity) < best.score) break;
    const candidate = scoreOf({ start: findMatchStart(codes, pattern, end, errors), end, quoteSimilarity });
    if (!best || candidate.score > best.score || (candidate.score === best.score && candidate.distance < best.distance)) best = candidate;
  }
  if (!best) return { status: "orphaned" };
  return best.score >= FUZZY_SCORE_THRESHOLD ? found("fuzzy", best) : { status: "orphaned", score: best.score };
}

/** Code point offsets of every (possibly overlapping) occurrence of `needle`. */
function findAll(haystack: string, needle: string): number[] {
  const index = createOffsetIndex(haystack);
  const starts: number[] = [];
  // A quote holding a lone surrogate could match half of a pair; such a match is no match.
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (!splitsSurrogatePair(haystack, at) && !splitsSurrogatePair(haystack, at + needle.length)) starts.push(index.toCodePoint(at));
  }
  return starts;
}
