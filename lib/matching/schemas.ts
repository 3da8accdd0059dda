import { z } from "zod";

export const MATCH_LIMIT_MAX = 50;

export const ZMatchQuery = z.object({
  limit: z.coerce.number({ error: "limit must be a whole number" }).int("limit must be a whole number")
    .min(1, "limit must be at least 1").max(MATCH_LIMIT_MAX, `limit can be at most ${MATCH_LIMIT_MAX}`).default(5)
    .describe("How many passages to return (1–50, default 5)"),
});
export type TMatchQuery = z.infer<typeof ZMatchQuery>;
