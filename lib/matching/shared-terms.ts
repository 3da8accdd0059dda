import type { TSharedSpans } from "./rank";

/** What a passage shares with the claim, in the passage's own words, for a person to read. */
export type TSharedTerms = { names: string[]; figures: string[]; meanings: string[] };

/**
 * Reads the shared spans out of the passage's text (code points, as the spans count them). Each
 * term is listed once, in the order the ranker found it; a meaning already listed as a name is not
 * repeated.
 */
export function sharedTerms(text: string, spans: TSharedSpans): TSharedTerms {
  const chars = Array.from(text);
  const read = (list: [number, number][]) => [...new Set(list.map(([s, e]) => chars.slice(s, e).join("").trim()).filter(Boolean))];
  const names = read(spans.names);
  return { names, figures: read(spans.figures), meanings: read(spans.meanings).filter((m) => !names.includes(m)) };
}
