import type { Prisma } from "@/lib/generated/prisma/client";

export const verdictSelect = {
  id: true,
  claimId: true,
  label: true,
  rationale: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  reviewer: { select: { id: true, name: true } },
  evidence: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      sourceId: true,
      stance: true,
      quoteExact: true,
      quotePrefix: true,
      quoteSuffix: true,
      positionStart: true,
      positionEnd: true,
      note: true,
      source: { select: { title: true } },
    },
  },
} satisfies Prisma.VerdictSelect;

type TVerdictRow = Prisma.VerdictGetPayload<{ select: typeof verdictSelect }>;

export type TEvidenceDto = {
  id: string;
  sourceId: string;
  sourceTitle: string;
  stance: "SUPPORTS" | "REFUTES";
  exact: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
  note: string;
};

export type TVerdictDto = {
  id: string;
  claimId: string;
  reviewer: { id: string; name: string };
  label: "CORROBORATED" | "CONTESTED" | "CONTRADICTED";
  rationale: string;
  version: number;
  evidence: TEvidenceDto[];
  createdAt: string;
  updatedAt: string;
};

export function toVerdictDto(row: TVerdictRow): TVerdictDto {
  return {
    id: row.id,
    claimId: row.claimId,
    reviewer: row.reviewer,
    label: row.label,
    rationale: row.rationale,
    version: row.version,
    evidence: row.evidence.map((e) => ({
      id: e.id,
      sourceId: e.sourceId,
      sourceTitle: e.source.title,
      stance: e.stance,
      exact: e.quoteExact,
      prefix: e.quotePrefix,
      suffix: e.quoteSuffix,
      start: e.positionStart,
      end: e.positionEnd,
      note: e.note,
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
