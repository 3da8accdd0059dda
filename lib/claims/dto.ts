import type { Prisma } from "@/lib/generated/prisma/client";

export const claimSelect = {
  id: true,
  investigationId: true,
  sourceId: true,
  text: true,
  quoteExact: true,
  quotePrefix: true,
  quoteSuffix: true,
  positionStart: true,
  positionEnd: true,
  orphaned: true,
  createdAt: true,
  updatedAt: true,
  createdBy: { select: { id: true, name: true } },
  _count: { select: { verdicts: true, comments: true } },
} satisfies Prisma.ClaimSelect;

type TClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

export type TClaimDto = {
  id: string;
  investigationId: string;
  sourceId: string;
  text: string;
  selector: { exact: string; prefix: string; suffix: string; start: number | null; end: number | null };
  orphaned: boolean;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
  verdictCount: number;
  commentCount: number;
};

export function toClaimDto(row: TClaimRow): TClaimDto {
  return {
    id: row.id,
    investigationId: row.investigationId,
    sourceId: row.sourceId,
    text: row.text,
    selector: { exact: row.quoteExact, prefix: row.quotePrefix, suffix: row.quoteSuffix, start: row.positionStart, end: row.positionEnd },
    orphaned: row.orphaned,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    verdictCount: row._count.verdicts,
    commentCount: row._count.comments,
  };
}
