import { z } from "zod";

export const ZFinalVerdict = z.object({
  claimId: z.string().trim().min(1),
  label: z.enum(["CORROBORATED", "CONTESTED", "CONTRADICTED"]),
  rationale: z.string().trim().min(1, "Publish a rationale with the final verdict").max(10_000),
  correctionNote: z.string().trim().max(5_000).optional(),
});
