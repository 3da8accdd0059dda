import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertWithinLimit, recordAttempt } from "@/lib/security/rate-limit";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashPassword, verifyPassword } from "@/lib/server/passwords";
import { parseInput } from "@/lib/server/validation";
import { assertPasswordAllowed } from "./assert-password";
import { ZChangePassword } from "./schemas";

/**
 * The signed-in member changes their own password, proving they know the current one. Wrong
 * current passwords count towards the brute-force limit, so a hijacked session cannot be used to
 * guess the password itself.
 */
export async function changePassword({ db, actor, input, clientAddress = "-", now = new Date() }: { db: Db; actor: Actor; input: unknown; clientAddress?: string; now?: Date }): Promise<void> {
  const { currentPassword, newPassword } = parseInput(ZChangePassword, input);
  const limitKey = { kind: "PASSWORD_CHANGE" as const, accountKey: actor.id, clientAddress };
  await assertWithinLimit(db, limitKey, now);
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { email: true, passwordHash: true, active: true } });
  if (!user?.active) throw new AppError("UNAUTHORIZED", "Sign in again to change your password.");
  const matches = await verifyPassword(user.passwordHash, currentPassword);
  await recordAttempt(db, { ...limitKey, succeeded: matches }, now);
  if (!matches) {
    const message = "That is not your current password.";
    throw new AppError("BAD_REQUEST", `Invalid input: currentPassword: ${message}`, { fields: [{ path: "currentPassword", message }] });
  }
  assertPasswordAllowed(newPassword, user.email, "newPassword");
  if (newPassword === currentPassword) {
    const message = "The new password is the same as the current one.";
    throw new AppError("BAD_REQUEST", `Invalid input: newPassword: ${message}`, { fields: [{ path: "newPassword", message }] });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    await recordAudit(tx, { actor, action: "user.password", entityType: "User", entityId: actor.id });
  });
}
