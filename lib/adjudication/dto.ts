import type { Prisma } from "@/lib/generated/prisma/client";

export const finalVerdictSelect = {
  id: true,
  claimId: true,
  label: true,
  rationale: true,
  correctionNote: true,
  createdAt: true,
  editor: { select: { id: true, name: true } },
} satisfies Prisma.AdjudicationSelect;

type TRow = Prisma.AdjudicationGetPayload<{ select: typeof finalVerdictSelect }>;

export type TFinalVerdictDto = {
  id: string;
  claimId: string;
  label: TRow["label"];
  rationale: string;
  correctionNote: string | null;
  previousLabel: TRow["label"] | null;
  editor: { id: string; name: string } | null;
  publishedAt: string;
};

export function toFinalVerdictDto(row: TRow, previous: Pick<TRow, "label"> | null): TFinalVerdictDto {
  return {
    id: row.id,
    claimId: row.claimId,
    label: row.label,
    rationale: row.rationale,
    correctionNote: row.correctionNote,
    previousLabel: previous?.label ?? null,
    editor: row.editor,
    publishedAt: row.createdAt.toISOString(),
  };
}
