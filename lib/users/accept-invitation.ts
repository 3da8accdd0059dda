import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashPassword } from "@/lib/server/passwords";
import { parseInput } from "@/lib/server/validation";
import { assertPasswordAllowed } from "./assert-password";
import { getInvitation } from "./get-invitation";
import { hashInvitationToken } from "./invitation-secret";
import { ZAcceptInvitation } from "./schemas";

const INVALID: Record<string, string> = {
  expired: "This invitation has expired. Ask an admin for a new one.",
  used: "This invitation has already been used. Sign in instead.",
  revoked: "This invitation was withdrawn. Ask an admin for a new one.",
  unknown: "This invitation link is not valid. Check that you copied all of it, or ask an admin for a new one.",
};

/**
 * The invitee chooses a name and password: creates the account with the invited role and uses the
 * invitation up. The claim on the invitation is conditional, so one link makes one account even
 * when submitted twice at once.
 */
export async function acceptInvitation({ db, input, now = new Date() }: { db: Db; input: unknown; now?: Date }): Promise<{ userId: string; email: string }> {
  const { token, name, password } = parseInput(ZAcceptInvitation, input);
  const state = await getInvitation({ db, token, now });
  if (state.status !== "valid") throw new AppError("NOT_FOUND", INVALID[state.status]!, { reason: state.status.toUpperCase() });
  assertPasswordAllowed(password, state.email, "password");
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: state.email, name, role: state.role, passwordHash }, select: { id: true, email: true, role: true } });
      const { count } = await tx.invitation.updateMany({
        where: { tokenHash: hashInvitationToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now, userId: user.id },
      });
      if (count === 0) throw new AppError("NOT_FOUND", INVALID.used!, { reason: "USED" });
      const actor = { id: user.id, email: user.email, name, role: user.role };
      await recordAudit(tx, { actor, action: "invitation.accept", entityType: "User", entityId: user.id, data: { email: user.email, role: user.role } });
      return { userId: user.id, email: user.email };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", `An account for ${state.email} already exists. Sign in instead.`);
    throw error;
  }
}
