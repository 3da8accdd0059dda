// Re-anchoring compares NFC to NFC, yet the anchor it returns must point into the text as stored.
// NFC only rewrites a base character together with the marks that follow it, so normalizing the
// text cluster by cluster gives the same result and a map from every cluster back to the original.

/** A starter followed by the characters NFC may fuse with it: marks and Hangul medial/final jamo. */
const COMPOSITION_CLUSTER = /.[\p{M}\u1160-\u11FF\uD7B0-\uD7FF]*/gsu;

export type TNormalizedText = {
  /** The text in NFC. */
  text: string;
  /** Maps code point offsets in `text` back to the original, widening to whole clusters. */
  toOriginal(start: number, end: number): { start: number; end: number };
};

export function normalizeForSearch(original: string): TNormalizedText {
  if (original.normalize("NFC") === original) return { text: original, toOriginal: (start, end) => ({ start, end }) };
  const normalizedStarts: number[] = [];
  const originalStarts: number[] = [];
  const pieces: string[] = [];
  let normalizedLength = 0;
  let originalLength = 0;
  for (const [cluster] of original.matchAll(COMPOSITION_CLUSTER)) {
    const normalized = cluster.normalize("NFC");
    normalizedStarts.push(normalizedLength);
    originalStarts.push(originalLength);
    pieces.push(normalized);
    normalizedLength += [...normalized].length;
    originalLength += [...cluster].length;
  }
  normalizedStarts.push(normalizedLength);
  originalStarts.push(originalLength);
  // Index of the last cluster starting at or before `offset`.
  const clusterAt = (offset: number) => {
    let low = 0;
    let high = normalizedStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((normalizedStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  return {
    text: pieces.join(""),
    toOriginal(start, end) {
      const first = clusterAt(start);
      const last = clusterAt(end);
      const endsOnBoundary = normalizedStarts[last] === end;
      return {
        start: originalStarts[first] ?? 0,
        end: originalStarts[endsOnBoundary ? last : last + 1] ?? originalLength,
      };
    },
  };
}
