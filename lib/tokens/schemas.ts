import { z } from "zod";

export const TOKEN_NAME_MAX = 100;

export const ZCreateToken = z.object({
  name: z
    .string({ error: "Give the token a name, e.g. the script or machine that will use it" })
    .trim()
    .min(1, "Give the token a name, e.g. the script or machine that will use it")
    .max(TOKEN_NAME_MAX, `Keep the name under ${TOKEN_NAME_MAX} characters`)
    .describe("What the token is for, so you can recognise it later"),
});
export type TCreateToken = z.infer<typeof ZCreateToken>;

export const ZRevokeToken = z.object({ tokenId: z.string().trim().min(1).max(64).describe("The token's id") });
export type TRevokeToken = z.infer<typeof ZRevokeToken>;
