import { z } from "zod";

export const MAX_SUGGESTIONS = 50;

export const ZSuggestionsQuery = z.object({
  limit: z.coerce
    .number({ error: `limit must be a number from 1 to ${MAX_SUGGESTIONS}` })
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(MAX_SUGGESTIONS, `limit can be at most ${MAX_SUGGESTIONS}`)
    .default(10)
    .describe(`How many suggestions, best first (1–${MAX_SUGGESTIONS}, default 10)`),
});

export const ZSuggestClaims = ZSuggestionsQuery.extend({ sourceId: z.string().trim().min(1).max(64) });
export type TSuggestClaimsInput = z.input<typeof ZSuggestClaims>;
