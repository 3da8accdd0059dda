export type TParagraph = { text: string; start: number };

/**
 * Splits clean text on blank lines, keeping each paragraph's UTF-16 offset into the whole text so
 * that later highlights (claims, evidence) can be mapped back onto the rendered paragraphs.
 */
export function splitParagraphs(text: string): TParagraph[] {
  const paragraphs: TParagraph[] = [];
  const separator = /\n[ \t]*\n+/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    pushIfText(paragraphs, text.slice(start, match.index), start);
    start = match.index + match[0].length;
  }
  pushIfText(paragraphs, text.slice(start), start);
  return paragraphs;
}

function pushIfText(into: TParagraph[], text: string, start: number) {
  if (text.trim().length > 0) into.push({ text, start });
}
