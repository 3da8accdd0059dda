import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { assertCanManageUsers } from "./permissions";
import { ZUserId } from "./schemas";

/** Withdraws a pending invitation: its link then shows "no longer valid". */
export async function revokeInvitation({ db, actor, input, now = new Date() }: { db: Db; actor: Actor; input: { invitationId: unknown }; now?: Date }): Promise<void> {
  assertCanManageUsers(actor);
  const id = ZUserId.safeParse(input.invitationId);
  const notFound = new AppError("NOT_FOUND", "There is no pending invitation with that id. It may have been used, revoked or replaced.");
  if (!id.success) throw notFound;
  await db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({ where: { id: id.data, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    if (count === 0) throw notFound;
    await recordAudit(tx, { actor, action: "invitation.revoke", entityType: "Invitation", entityId: id.data });
  });
}
