import type { Db } from "@/lib/server/db";

export type TCorrection = {
  id: string;
  claimId: string;
  claimText: string;
  sourceTitle: string;
  from: string;
  to: string;
  note: string;
  editor: string | null;
  at: string;
};

/** The public corrections log: every change to a published final verdict, newest first. */
export async function listCorrections({ db, input }: { db: Db; input: { investigationId?: string | undefined; limit?: number } }): Promise<TCorrection[]> {
  const rows = await db.adjudication.findMany({
    where: { supersedesId: { not: null }, ...(input.investigationId ? { claim: { investigationId: input.investigationId } } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit ?? 200,
    select: {
      id: true,
      claimId: true,
      label: true,
      correctionNote: true,
      createdAt: true,
      editor: { select: { name: true } },
      supersedes: { select: { label: true } },
      claim: { select: { text: true, source: { select: { title: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    claimId: r.claimId,
    claimText: r.claim.text,
    sourceTitle: r.claim.source.title,
    from: r.supersedes?.label ?? "",
    to: r.label,
    note: r.correctionNote ?? "",
    editor: r.editor?.name ?? null,
    at: r.createdAt.toISOString(),
  }));
}

/** The claim's current final verdict (the latest adjudication), if any. */
export async function getFinalVerdict({ db, input }: { db: Db; input: { claimId: string } }) {
  return db.adjudication.findFirst({
    where: { claimId: input.claimId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, label: true, rationale: true, correctionNote: true, createdAt: true, editor: { select: { name: true } } },
  });
}
