export type TSpan = { start: number; end: number; text: string };

const segmenter = new Intl.Segmenter("zh", { granularity: "sentence" });
const LETTER = /[\p{L}\p{N}]/u;
// Bullet runs, reference markers and the like are not sentences anyone would check.
const MIN_LETTERS = 4;

/**
 * Sentences with code-point offsets into the text. Intl.Segmenter (ICU) breaks Chinese after 。！？
 * and English after . ! ?, and always at line breaks; each span is trimmed of surrounding space.
 */
export function segmentSentences(text: string): TSpan[] {
  const spans: TSpan[] = [];
  let codePoint = 0;
  let utf16 = 0;
  for (const { segment, index } of segmenter.segment(text)) {
    codePoint += countCodePoints(text, utf16, index);
    utf16 = index;
    const chars = Array.from(segment);
    let first = 0;
    let last = chars.length;
    while (first < last && /\s/u.test(chars[first]!)) first++;
    while (last > first && /\s/u.test(chars[last - 1]!)) last--;
    const body = chars.slice(first, last);
    if (body.filter((c) => LETTER.test(c)).length >= MIN_LETTERS) {
      spans.push({ start: codePoint + first, end: codePoint + last, text: body.join("") });
    }
  }
  return spans;
}

function countCodePoints(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) count++;
  }
  return count;
}
