import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";

export type TAssignee = { id: string; name: string; assignedAt: string };

/** Who a claim is assigned to, in the order they were assigned; visible to the whole desk. */
export async function listClaimAssignees({ db, actor, input }: { db: Db; actor: Actor; input: { claimId: string } }): Promise<TAssignee[]> {
  void actor;
  const rows = await db.assignment.findMany({
    where: { claimId: input.claimId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { createdAt: true, assignee: { select: { id: true, name: true } } },
  });
  return rows.map((r) => ({ ...r.assignee, assignedAt: r.createdAt.toISOString() }));
}
