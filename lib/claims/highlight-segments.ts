export type THighlightRange = { id: string; start: number; end: number };
export type TSegment = { start: number; end: number; ids: string[] };
export type TParagraphSegments = { start: number; end: number; segments: TSegment[] };

/**
 * Cuts text into paragraphs (blank-line separated) and each paragraph into runs covered by the same
 * set of highlights, so overlapping claims render as nested shading rather than broken markup.
 * All offsets are UTF-16 (what the DOM uses); callers convert from code points first.
 */
export function segmentText(text: string, highlights: THighlightRange[]): TParagraphSegments[] {
  const paragraphs: TParagraphSegments[] = [];
  const separator = /\n[ \t]*\n+/g;
  let start = 0;
  const pushParagraph = (end: number) => {
    if (text.slice(start, end).trim()) paragraphs.push({ start, end, segments: segmentRange(start, end, highlights) });
  };
  for (const match of text.matchAll(separator)) {
    pushParagraph(match.index);
    start = match.index + match[0].length;
  }
  pushParagraph(text.length);
  return paragraphs;
}

function segmentRange(from: number, to: number, highlights: THighlightRange[]): TSegment[] {
  const inside = highlights.filter((h) => h.start < to && h.end > from && h.end > h.start);
  const cuts = new Set([from, to]);
  for (const h of inside) {
    cuts.add(Math.max(from, h.start));
    cuts.add(Math.min(to, h.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const ids = inside.filter((h) => h.start <= start && h.end >= end).map((h) => h.id);
    segments.push({ start, end, ids });
  }
  return segments;
}

/** The shortest highlight under a click is the one a person most likely meant. */
export function pickInnermost(ids: string[], highlights: THighlightRange[]): string | undefined {
  const length = (id: string) => {
    const h = highlights.find((x) => x.id === id);
    return h ? h.end - h.start : Number.POSITIVE_INFINITY;
  };
  return [...ids].sort((a, b) => length(a) - length(b))[0];
}
