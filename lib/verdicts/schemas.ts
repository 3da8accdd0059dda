import { z } from "zod";

export const ZVerdictLabel = z.enum(["CORROBORATED", "CONTESTED", "CONTRADICTED"]);
export const ZStance = z.enum(["SUPPORTS", "REFUTES"]);

export const ZEvidenceInput = z.object({
  sourceId: z.string().trim().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  exact: z.string().min(1, "Select the evidence passage").max(5_000),
  prefix: z.string().max(200).optional(),
  suffix: z.string().max(200).optional(),
  stance: ZStance,
  note: z.string().trim().max(2_000).optional(),
});
export type TEvidenceInput = z.infer<typeof ZEvidenceInput>;

export const ZSaveVerdict = z
  .object({
    claimId: z.string().trim().min(1),
    label: ZVerdictLabel,
    rationale: z.string().trim().max(10_000, "Keep the rationale under 10,000 characters").default(""),
    evidence: z.array(ZEvidenceInput).max(50, "Cite at most 50 passages").default([]),
    baseVersion: z.number().int().nonnegative().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.label !== "CORROBORATED" && value.rationale.length === 0) {
      ctx.addIssue({ code: "custom", path: ["rationale"], message: "Explain why: a rationale is required for contested and contradicted verdicts" });
    }
  });
export type TSaveVerdict = z.infer<typeof ZSaveVerdict>;
