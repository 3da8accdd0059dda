import { z } from "zod";
import { hasRole, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { publishEvent } from "@/lib/events/publish";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/validation";

export const ZAssignment = z.object({ claimId: z.string().trim().min(1), assigneeId: z.string().trim().min(1) });

export function canAssignClaims(actor: Actor): boolean {
  return hasRole(actor, "EDITOR");
}

/** Editors hand claims to reviewers; assigning twice is harmless (the pair is unique). */
export async function setAssignment({ db, actor, input, assigned }: { db: Db; actor: Actor; input: unknown; assigned: boolean }): Promise<{ claimId: string; assigneeId: string; assigned: boolean }> {
  if (!canAssignClaims(actor)) throw new AppError("FORBIDDEN", "Only editors and admins can assign claims.");
  const { claimId, assigneeId } = parseInput(ZAssignment, input);
  const [claim, assignee] = await Promise.all([
    db.claim.findUnique({ where: { id: claimId }, select: { investigationId: true, sourceId: true } }),
    db.user.findUnique({ where: { id: assigneeId }, select: { active: true } }),
  ]);
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist.");
  if (!assignee?.active) throw new AppError("BAD_REQUEST", "Assign claims to an active member of the desk.", { fields: [{ path: "assigneeId", message: "Unknown or inactive user" }] });
  const changed = await db.$transaction(async (tx) => {
    const key = { claimId_assigneeId: { claimId, assigneeId } };
    const existing = await tx.assignment.findUnique({ where: key, select: { id: true } });
    if (assigned === Boolean(existing)) return false;
    const row = assigned
      ? await tx.assignment.create({ data: { claimId, assigneeId, assignedById: actor.id }, select: { id: true } })
      : await tx.assignment.delete({ where: key, select: { id: true } });
    await recordAudit(tx, { actor, action: assigned ? "assignment.create" : "assignment.delete", entityType: "Assignment", entityId: row.id, data: { claimId, assigneeId } });
    return true;
  });
  if (changed) await publishEvent(db, { type: "assignment.changed", investigationId: claim.investigationId, sourceId: claim.sourceId, claimId, actorId: actor.id });
  return { claimId, assigneeId, assigned };
}

export type TQueueItem = { claimId: string; text: string; sourceId: string; sourceTitle: string; assigned: boolean; createdAt: string };

/** "My queue": claims assigned to me or that I have not yet given a verdict on, oldest first. */
export async function listMyQueue({ db, actor, input }: { db: Db; actor: Actor; input: { investigationId?: string | undefined; limit?: number } }): Promise<TQueueItem[]> {
  const rows = await db.claim.findMany({
    where: {
      ...(input.investigationId ? { investigationId: input.investigationId } : {}),
      adjudications: { none: {} },
      OR: [{ assignments: { some: { assigneeId: actor.id } } }, { verdicts: { none: { reviewerId: actor.id } } }],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: input.limit ?? 100,
    select: {
      id: true,
      text: true,
      sourceId: true,
      createdAt: true,
      source: { select: { title: true } },
      assignments: { where: { assigneeId: actor.id }, select: { id: true } },
    },
  });
  return rows.map((r) => ({ claimId: r.id, text: r.text, sourceId: r.sourceId, sourceTitle: r.source.title, assigned: r.assignments.length > 0, createdAt: r.createdAt.toISOString() }));
}
