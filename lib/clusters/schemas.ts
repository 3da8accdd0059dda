import { z } from "zod";

const id = z.string().trim().min(1).max(64);

export const ZLinkClaims = z.object({
  claimIds: z.array(id, { error: "Give claimIds as a list of claim ids" })
    .min(2, "Link at least two claims: the claim and one that states the same thing")
    .max(50, "Link at most 50 claims at a time")
    .describe("Claims that state the same thing, in different sources"),
  label: z.string().trim().min(1, "A cluster label cannot be empty").max(200, "Keep the label under 200 characters").optional()
    .describe("A short name for what the claims say; defaults to the first claim's text"),
});
export type TLinkClaims = z.infer<typeof ZLinkClaims>;

export const ZSimilarQuery = z.object({
  limit: z.coerce.number({ error: "limit must be a whole number" }).int("limit must be a whole number")
    .min(1, "limit must be at least 1").max(50, "limit can be at most 50").default(5).describe("How many claims (1–50, default 5)"),
});
