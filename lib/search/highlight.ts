import { normalizeText } from "@/lib/text/normalize";

/** Code-point offsets, end exclusive. */
export type TRange = { start: number; end: number };

export const SNIPPET_LENGTH = 160;
const ELLIPSIS = "…";

/**
 * Every occurrence of any of the patterns (already normalized) in the text, found in its
 * normalized form; overlapping and touching occurrences merge. Normalization keeps one code point
 * per code point, so the ranges are offsets into the original text.
 */
export function findMatches(text: string, patterns: string[]): TRange[] {
  const chars = Array.from(normalizeText(text));
  const found: TRange[] = [];
  for (const pattern of new Set(patterns)) {
    const needle = Array.from(pattern);
    if (needle.length === 0) continue;
    for (let i = 0; i + needle.length <= chars.length; i++) {
      let j = 0;
      while (j < needle.length && chars[i + j] === needle[j]) j++;
      if (j === needle.length) found.push({ start: i, end: i + needle.length });
    }
  }
  return merge(found);
}

function merge(ranges: TRange[]): TRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * At most `max` code points of the text around its first match, with "…" where it was cut, line
 * breaks shown as spaces, and the matches that fall inside it as offsets into the snippet.
 */
export function makeSnippet(text: string, matches: TRange[], max = SNIPPET_LENGTH): { snippet: string; highlights: TRange[] } {
  const chars = Array.from(text).map((c) => (SPACE.test(c) ? " " : c));
  const [start, end] = windowAround(chars.length, matches[0]?.start ?? 0, max);
  const prefix = start > 0 ? ELLIPSIS : "";
  const suffix = end < chars.length ? ELLIPSIS : "";
  const shift = prefix.length - start;
  const highlights = matches
    .filter((m) => m.end > start && m.start < end)
    .map((m) => ({ start: Math.max(m.start, start) + shift, end: Math.min(m.end, end) + shift }));
  return { snippet: prefix + chars.slice(start, end).join("") + suffix, highlights };
}

const SPACE = /\s/u;

/** [start, end) of the text to show: the match a quarter of the way in, ellipses counted in `max`. */
function windowAround(length: number, at: number, max: number): [number, number] {
  if (length <= max) return [0, length];
  const start = Math.max(0, at - Math.floor(max / 4));
  if (start === 0) return [0, max - 1];
  if (start + max - 1 >= length) return [length - (max - 1), length];
  return [start, start + max - 2];
}
