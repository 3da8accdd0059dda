// Approximate substring search: Myers' bit-parallel edit distance (1999) in Hyyrö's block form with
// Ukkonen's cut-off, so only the rows that can still be within the error budget are computed. Over
// code point arrays, which is why it handles Chinese and astral characters like any other symbol.

const WORD = 32;
const HIGH_BIT = 1 << 31;

export function toCodePoints(text: string): Int32Array {
  const codes = new Int32Array(text.length);
  let count = 0;
  for (const character of text) codes[count++] = character.codePointAt(0) ?? 0;
  return codes.subarray(0, count);
}

/**
 * Calls `onEnd(end, errors)` for every text position `end` (exclusive) where some substring ending
 * there is within `maxErrors` edits of the pattern. With `anchoredAtStart` the substring must begin
 * at text index 0 (used to find where a match found from the other side starts).
 */
function scanEnds(
  text: Int32Array,
  pattern: Int32Array,
  maxErrors: number,
  anchoredAtStart: boolean,
  onEnd: (end: number, errors: number) => void,
): void {
  const rows = pattern.length;
  if (rows === 0) return;
  const blockCount = Math.ceil(rows / WORD);
  const lastBlock = blockCount - 1;
  const rowsInLastBlock = rows - lastBlock * WORD;
  const masks = new Map<number, Int32Array>();
  for (let row = 0; row < rows; row++) {
    const symbol = pattern[row] ?? 0;
    const mask = masks.get(symbol) ?? new Int32Array(blockCount);
    mask[row >> 5] = (mask[row >> 5] ?? 0) | (1 << (row & 31));
    masks.set(symbol, mask);
  }
  const noMatch = new Int32Array(blockCount);
  // Vertical deltas of the current column per block (Myers' Pv/Mv) and the score at each block's bottom.
  const positive = new Int32Array(blockCount).fill(-1);
  const negative = new Int32Array(blockCount);
  const score = new Int32Array(blockCount);
  for (let block = 0; block < blockCount; block++) score[block] = block === lastBlock ? rows : (block + 1) * WORD;
  const lastRowBit = 1 << (rowsInLastBlock - 1);
  const topDelta = anchoredAtStart ? 1 : 0;

  // Ukkonen: rows below `lastActive` are known to exceed maxErrors, so they are not computed.
  let lastActive = Math.min(lastBlock, Math.max(0, Math.ceil(maxErrors / WORD) - 1));
  for (let column = 0; column < text.length; column++) {
    const symbolMasks = masks.get(text[column] as number) ?? noMatch;
    let deltaIn = topDelta;
    // Kept inline (no helper closure): this loop runs once per text character and active block.
    for (let block = 0; block <= lastActive; block++) {
      const pv = positive[block] as number;
      const mv = negative[block] as number;
      const matches = symbolMasks[block] as number;
      const xv = matches | mv;
      const eq = deltaIn < 0 ? matches | 1 : matches;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      const ph = mv | ~(xh | pv);
      const mh = pv & xh;
      const bottomBit = block === lastBlock ? lastRowBit : HIGH_BIT;
      const deltaOut = ph & bottomBit ? 1 : mh & bottomBit ? -1 : 0;
      const phShifted = (ph << 1) | (deltaIn > 0 ? 1 : 0);
      const mhShifted = (mh << 1) | (deltaIn < 0 ? 1 : 0);
      positive[block] = mhShifted | ~(xv | phShifted);
      negative[block] = phShifted & xv;
      const bottom = (score[block] as number) + deltaOut;
      score[block] = bottom;
      const bottomBefore = bottom - deltaOut;
      // The next block's first row can come within budget only through one of these two cells; it is
      // then computed from an over-estimate (one more per row), exact wherever it matters (≤ budget).
      if (block === lastActive && block < lastBlock && (bottomBefore <= maxErrors || bottom < maxErrors)) {
        lastActive++;
        positive[lastActive] = -1;
        negative[lastActive] = 0;
        score[lastActive] = bottomBefore + (lastActive === lastBlock ? rowsInLastBlock : WORD);
      }
      deltaIn = deltaOut;
    }
    while (lastActive > 0 && (score[lastActive] as number) >= maxErrors + WORD) lastActive--;
    const errors = score[lastBlock] as number;
    if (lastActive === lastBlock && errors <= maxErrors) onEnd(column + 1, errors);
  }
}

/** Among the substrings ending at `end` with `errors` edits, the longest (keeps edited edge characters). */
export function findMatchStart(text: Int32Array, pattern: Int32Array, end: number, errors: number): number {
  const windowStart = Math.max(0, end - pattern.length - errors);
  const reversedText = text.slice(windowStart, end).reverse();
  const reversedPattern = pattern.slice().reverse();
  let bestLength = 0;
  let bestErrors = Number.POSITIVE_INFINITY;
  scanEnds(reversedText, reversedPattern, errors, true, (length, found) => {
    if (found <= bestErrors) {
      bestErrors = found;
      bestLength = length;
    }
  });
  return end - bestLength;
}

export type TApproximateEnd = { end: number; errors: number };

/**
 * Where approximate occurrences of `pattern` end: one per local minimum of the error count, fewest
 * errors first. Starts are left to findMatchStart, which costs more, so callers can stop early.
 */
export function findApproximateEnds(text: Int32Array, pattern: Int32Array, maxErrors: number): TApproximateEnd[] {
  const ends: number[] = [];
  const errorsAt: number[] = [];
  scanEnds(text, pattern, maxErrors, false, (end, errors) => {
    ends.push(end);
    errorsAt.push(errors);
  });
  const localMinima: TApproximateEnd[] = [];
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i] ?? 0;
    const errors = errorsAt[i] ?? 0;
    const before = ends[i - 1] === end - 1 ? (errorsAt[i - 1] ?? 0) : Number.POSITIVE_INFINITY;
    const after = ends[i + 1] === end + 1 ? (errorsAt[i + 1] ?? 0) : Number.POSITIVE_INFINITY;
    if (errors <= before && errors <= after) localMinima.push({ end, errors });
  }
  return localMinima.sort((a, b) => a.errors - b.errors);
}

/** Levenshtein distance for short strings (selector context is 32 code points). */
export function editDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let previous = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}
