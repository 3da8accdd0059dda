import type { TRange } from "./highlight";
import type { TSearchKind } from "./schemas";

export type TSearchHit = {
  kind: TSearchKind;
  id: string;
  investigationId: string;
  sourceId: string;
  /** The claim a claim, rationale or comment hit belongs to; null for source passages. */
  claimId: string | null;
  /** The source's title for passages, the claim's text otherwise. */
  title: string;
  snippet: string;
  /** Code points within the snippet, one per run of matched text. */
  highlights: TRange[];
  score: number;
  /** A passage's code-point range in its source's clean text; null for other kinds. */
  position: TRange | null;
};

export type TSearchResult = {
  query: string;
  terms: { term: string; forms: string[] }[];
  hits: TSearchHit[];
};
