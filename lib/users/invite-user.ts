import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertWithinLimit, recordAttempt } from "@/lib/security/rate-limit";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/validation";
import { INVITATION_TTL_MS, newInvitationSecret } from "./invitation-secret";
import { assertCanManageUsers } from "./permissions";
import { ZInvite } from "./schemas";

export type TNewInvitation = { id: string; email: string; token: string; expiresAt: Date };

/**
 * Makes a one-time invitation, valid 7 days. The token is in the result and nowhere else, so the
 * admin must pass the link on now. A newer invitation for the same email replaces older ones.
 */
export async function inviteUser({ db, actor, input, now = new Date() }: { db: Db; actor: Actor; input: unknown; now?: Date }): Promise<TNewInvitation> {
  assertCanManageUsers(actor);
  const { email, role } = parseInput(ZInvite, input);
  const limitKey = { kind: "INVITATION" as const, accountKey: actor.id, clientAddress: "-" };
  await assertWithinLimit(db, limitKey, now);
  const { token, tokenHash } = newInvitationSecret();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  const invitation = await db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new AppError("CONFLICT", `An account for ${email} already exists. Change its role or reactivate it instead.`, { fields: [{ path: "email", message: `An account for ${email} already exists.` }] });
    }
    const replaced = await tx.invitation.updateMany({ where: { email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const row = await tx.invitation.create({ data: { email, role, tokenHash, invitedById: actor.id, createdAt: now, expiresAt }, select: { id: true } });
    await recordAudit(tx, { actor, action: "invitation.create", entityType: "Invitation", entityId: row.id, data: { email, role, expiresAt: expiresAt.toISOString(), replaced: replaced.count } });
    return row;
  });
  await recordAttempt(db, { ...limitKey, succeeded: true }, now);
  return { id: invitation.id, email, token, expiresAt };
}
