import { z } from "zod";

export const SEARCH_KINDS = ["passage", "claim", "rationale", "comment"] as const;
export type TSearchKind = (typeof SEARCH_KINDS)[number];
export const MAX_QUERY_LENGTH = 200;
export const MAX_TERMS = 12;

const kindList = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const kinds = [...new Set(value.split(",").map((k) => k.trim()).filter(Boolean))];
    const unknown = kinds.filter((k) => !(SEARCH_KINDS as readonly string[]).includes(k));
    if (unknown.length > 0 || kinds.length === 0) {
      ctx.addIssue({ code: "custom", message: `kinds is a comma-separated list of ${SEARCH_KINDS.join(", ")}` });
      return z.NEVER;
    }
    return kinds as TSearchKind[];
  });

/** The search URL's parameters: one schema for GET /api/v1/search and the /search page. */
export const ZSearchQuery = z.object({
  q: z
    .string({ error: "Type something to search for (q)" })
    .trim()
    .min(1, "Type something to search for (q)")
    .max(MAX_QUERY_LENGTH, `Keep the search under ${MAX_QUERY_LENGTH} characters`)
    .describe("Words to find; every word must occur (in any of its spellings: scripts, widths, entity aliases)"),
  investigationId: z.string().trim().min(1).max(64).optional().describe("Only this investigation"),
  kinds: kindList.optional().describe(`Comma-separated subset of ${SEARCH_KINDS.join(", ")}; all by default`),
  limit: z.coerce
    .number({ error: "limit is a whole number from 1 to 100" })
    .int("limit is a whole number from 1 to 100")
    .min(1, "limit is a whole number from 1 to 100")
    .max(100, "limit is a whole number from 1 to 100")
    .default(20)
    .describe("At most this many hits of each kind (default 20)"),
});
export type TSearchQuery = z.infer<typeof ZSearchQuery>;
