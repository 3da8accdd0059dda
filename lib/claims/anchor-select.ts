import { AnchorError } from "./anchor-error";
import { createOffsetIndex, sliceCodePoints, type TOffsetIndex } from "./anchor-offsets";

/** W3C Web Annotation TextQuoteSelector: the words, with what surrounds them to tell repeats apart. */
export type TTextQuoteSelector = { exact: string; prefix: string; suffix: string };
/** W3C Web Annotation TextPositionSelector, in Unicode code points, `end` exclusive. */
export type TTextPositionSelector = { start: number; end: number };
export type TAnchor = { quote: TTextQuoteSelector; position: TTextPositionSelector };

export const DEFAULT_CONTEXT_LENGTH = 32;

function assertRange(length: number, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start > end) {
    throw new AnchorError(
      "OUT_OF_RANGE",
      `Characters ${start}–${end} are not a range inside the text, which has ${length} characters.`,
    );
  }
  if (start === end) throw new AnchorError("EMPTY", `The selection at character ${start} is empty; select at least one character.`);
}

/**
 * Describes [start, end) with an index the caller already built, so re-anchoring can describe
 * many candidates in one text without walking it each time.
 */
export function describeIndexed(text: string, index: TOffsetIndex, start: number, end: number, contextLength: number): TAnchor {
  assertRange(index.codePointLength, start, end);
  if (!Number.isInteger(contextLength) || contextLength < 0) {
    throw new AnchorError("OUT_OF_RANGE", `Context length ${contextLength} must be a whole number ≥ 0.`);
  }
  const at = (codePoint: number) => index.toUtf16(Math.min(Math.max(codePoint, 0), index.codePointLength));
  return {
    quote: {
      exact: text.slice(at(start), at(end)),
      prefix: text.slice(at(start - contextLength), at(start)),
      suffix: text.slice(at(end), at(end + contextLength)),
    },
    position: { start, end },
  };
}

/**
 * Builds the selectors for code points [start, end). Combining sequences may be cut (a selection
 * may end after "e" and before its accent): the browser allows such selections and the text keeps
 * them; only surrogate pairs cannot be split, which code point offsets rule out by construction.
 */
export function describeSelection(text: string, start: number, end: number, contextLength = DEFAULT_CONTEXT_LENGTH): TAnchor {
  return describeIndexed(text, createOffsetIndex(text), start, end, contextLength);
}

/** Converts a DOM Range's UTF-16 offsets (into the same text) to code points; does not judge emptiness. */
export function selectionFromUtf16(text: string, startU16: number, endU16: number): TTextPositionSelector {
  if (startU16 > endU16) {
    throw new AnchorError("OUT_OF_RANGE", `The selection starts (${startU16}) after it ends (${endU16}).`);
  }
  const index = createOffsetIndex(text);
  return { start: index.toCodePoint(startU16), end: index.toCodePoint(endU16) };
}

export type TSelectorInput = { exact: string; prefix?: string; suffix?: string; start: number; end: number };

const QUOTED_MAX = 40;
const quoted = (value: string) =>
  `"${[...value].length > QUOTED_MAX ? `${sliceCodePoints(value, 0, QUOTED_MAX)}…` : value}"`;

/**
 * Checks a client's selector against the stored text and returns the canonical anchor. The
 * returned context is always read from the text (32 code points) so every stored anchor carries
 * the same amount of context for re-anchoring; a context the client sent must agree with the text.
 */
export function validateSelector(text: string, input: TSelectorInput): TAnchor {
  const exact = input.exact.normalize("NFC");
  if (exact.length === 0) throw new AnchorError("EMPTY", "The selector quotes no text; select at least one character.");
  const index = createOffsetIndex(text);
  const anchor = describeIndexed(text, index, input.start, input.end, DEFAULT_CONTEXT_LENGTH);
  const found = anchor.quote.exact;
  if (found.normalize("NFC") !== exact) {
    throw new AnchorError(
      "MISMATCH",
      `The selector does not match the text: characters ${input.start}–${input.end} read ${quoted(found)}, not ${quoted(exact)}. Reload the source and select the words again.`,
    );
  }
  // Wide enough that a decomposed text still holds the whole context: NFD expands text at most 4×.
  const around = (context: string) => 4 * [...context].length + 4;
  const { prefix, suffix } = input;
  if (prefix) {
    const textBefore = sliceCodePoints(text, input.start - around(prefix), input.start).normalize("NFC");
    if (!textBefore.endsWith(prefix.normalize("NFC"))) {
      throw new AnchorError("MISMATCH", `The selector's prefix ${quoted(prefix)} is not the text before character ${input.start}.`);
    }
  }
  if (suffix) {
    const textAfter = sliceCodePoints(text, input.end, input.end + around(suffix)).normalize("NFC");
    if (!textAfter.startsWith(suffix.normalize("NFC"))) {
      throw new AnchorError("MISMATCH", `The selector's suffix ${quoted(suffix)} is not the text after character ${input.end}.`);
    }
  }
  return anchor;
}
