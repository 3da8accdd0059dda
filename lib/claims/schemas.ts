import { z } from "zod";

const id = z.string().trim().min(1).max(64);

export const ZSelector = z.object({
  exact: z.string().min(1, "Select the words of the claim").max(5_000, "A quote can be at most 5,000 characters"),
  prefix: z.string().max(200).optional(),
  suffix: z.string().max(200).optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

export const ZClaimText = z.string().trim().min(1, "Write the claim as a checkable statement").max(2_000, "Keep the claim under 2,000 characters");

export const ZCreateClaim = z.object({ sourceId: id, text: ZClaimText, selector: ZSelector });
export type TCreateClaim = z.infer<typeof ZCreateClaim>;

export const ZUpdateClaim = z.object({ claimId: id, text: ZClaimText });

export const ZListClaims = z.object({
  investigationId: id.optional(),
  sourceId: id.optional(),
  cursor: id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TListClaims = z.infer<typeof ZListClaims>;
