import { CHAR_MAP_FROM, CHAR_MAP_TO } from "./char-map";

let table: Map<string, string> | undefined;
function charTable(): Map<string, string> {
  if (!table) {
    const from = [...CHAR_MAP_FROM];
    const to = [...CHAR_MAP_TO];
    table = new Map(from.map((char, i) => [char, to[i]!]));
  }
  return table;
}

/**
 * The form all matching and search compare: Traditional → Simplified (opencc, character level),
 * full-width → half-width, CJK punctuation → ASCII, A–Z → a–z. One code point in, one out, so an
 * offset into the normalized text is the same offset into the original. PostgreSQL's
 * fd_normalize() applies the same table.
 */
export function normalizeText(text: string): string {
  const map = charTable();
  let out = "";
  for (const char of text) out += map.get(char) ?? char;
  return out;
}

export const codePoints = (text: string): string[] => Array.from(text);
