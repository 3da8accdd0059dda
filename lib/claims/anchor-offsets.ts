import { AnchorError } from "./anchor-error";

// Selectors count Unicode code points (as the W3C model and Python/PostgreSQL do); JavaScript strings
// and DOM ranges count UTF-16 units. Astral characters (𠮷, 👍🏽) are one code point but two units.

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** True when `u16` sits between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, u16: number): boolean {
  return u16 > 0 && u16 < text.length && isLowSurrogate(text.charCodeAt(u16)) && isHighSurrogate(text.charCodeAt(u16 - 1));
}

function assertOffset(value: number, max: number, unit: string): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new AnchorError("OUT_OF_RANGE", `Offset ${value} is outside the text (0–${max} ${unit}).`);
  }
}

export function codePointLength(text: string): number {
  let pairs = 0;
  for (let u16 = 1; u16 < text.length; u16++) {
    if (isLowSurrogate(text.charCodeAt(u16)) && isHighSurrogate(text.charCodeAt(u16 - 1))) pairs++;
  }
  return text.length - pairs;
}

/** Walks from the start without allocating; for many conversions on one text use createOffsetIndex. */
export function codePointToUtf16(text: string, codePoint: number): number {
  assertOffset(codePoint, Number.MAX_SAFE_INTEGER, "code points");
  let u16 = 0;
  for (let seen = 0; seen < codePoint; seen++) {
    if (u16 >= text.length) throw new AnchorError("OUT_OF_RANGE", `Offset ${codePoint} is beyond the end of the text (${seen} code points).`);
    u16 += splitsSurrogatePair(text, u16 + 1) ? 2 : 1;
  }
  return u16;
}

export function utf16ToCodePoint(text: string, u16: number): number {
  assertOffset(u16, text.length, "UTF-16 units");
  if (splitsSurrogatePair(text, u16)) {
    throw new AnchorError("SPLITS_CHARACTER", `UTF-16 offset ${u16} falls inside a character (between the halves of a surrogate pair).`);
  }
  return codePointLength(text.slice(0, u16));
}

/** Like String.prototype.slice in code points; offsets are clamped to the text, never negative-relative. */
export function sliceCodePoints(text: string, start: number, end: number = Number.MAX_SAFE_INTEGER): string {
  let u16 = 0;
  let seen = 0;
  const advanceTo = (target: number) => {
    while (seen < target && u16 < text.length) {
      u16 += splitsSurrogatePair(text, u16 + 1) ? 2 : 1;
      seen++;
    }
    return u16;
  };
  const from = advanceTo(Math.max(0, start));
  const to = advanceTo(Math.max(0, end));
  return to > from ? text.slice(from, to) : "";
}

export type TOffsetIndex = {
  readonly codePointLength: number;
  /** Code point offset → UTF-16 offset, O(log astral characters). */
  toUtf16(codePoint: number): number;
  /** UTF-16 offset → code point offset; throws SPLITS_CHARACTER inside a surrogate pair. */
  toCodePoint(u16: number): number;
};

/**
 * Remembers only where the astral characters are, so texts of Chinese/English (almost all BMP)
 * cost next to nothing and every conversion is a binary search instead of a walk.
 */
export function createOffsetIndex(text: string): TOffsetIndex {
  const pairStarts: number[] = [];
  for (let u16 = 0; u16 + 1 < text.length; u16++) {
    if (splitsSurrogatePair(text, u16 + 1)) pairStarts.push(u16++);
  }
  const length = text.length - pairStarts.length;
  // Number of pairs whose key (per `keyOf`) is below `limit`; keys grow with the index.
  const countBelow = (limit: number, keyOf: (pairStart: number, ordinal: number) => number) => {
    let low = 0;
    let high = pairStarts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (keyOf(pairStarts[middle] ?? 0, middle) < limit) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return {
    codePointLength: length,
    toUtf16(codePoint) {
      assertOffset(codePoint, length, "code points");
      return codePoint + countBelow(codePoint, (pairStart, ordinal) => pairStart - ordinal);
    },
    toCodePoint(u16) {
      assertOffset(u16, text.length, "UTF-16 units");
      if (splitsSurrogatePair(text, u16)) {
        throw new AnchorError("SPLITS_CHARACTER", `UTF-16 offset ${u16} falls inside a character (between the halves of a surrogate pair).`);
      }
      return u16 - countBelow(u16, (pairStart) => pairStart + 1);
    },
  };
}
