import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";

type AuditWriter = { auditEvent: { create: (args: { data: Prisma.AuditEventUncheckedCreateInput }) => Promise<unknown> } };

export type TAuditEntry = {
  actor: Actor | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Prisma.InputJsonValue;
};

/** Call with the transaction client so the audit row commits or rolls back with the change itself. */
export async function recordAudit(tx: AuditWriter, entry: TAuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actor?.id ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      data: entry.data ?? {},
    },
  });
}
