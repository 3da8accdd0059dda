import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/validation";
import type { TAccountDto } from "./dto";
import { assertCanManageUsers } from "./permissions";
import { ZUpdateUser, ZUserId } from "./schemas";

const accountSelect = { id: true, name: true, email: true, role: true, active: true, createdAt: true, lastSignInAt: true } as const;

/**
 * Changes a member's role and/or deactivates or reactivates them. Deactivation takes effect on the
 * member's next request: sessions and API tokens re-read `active` every time. No change may leave
 * the desk without an active admin, since nobody could then manage accounts.
 */
export async function updateUser({ db, actor, input }: { db: Db; actor: Actor; input: { userId: unknown; changes: unknown } }): Promise<TAccountDto> {
  assertCanManageUsers(actor);
  const userId = ZUserId.safeParse(input.userId);
  const notFound = new AppError("NOT_FOUND", "There is no account with that id.");
  if (!userId.success) throw notFound;
  const changes = parseInput(ZUpdateUser, input.changes);
  return db.$transaction(async (tx) => {
    // Lock the active admins first, so two admins demoting each other at once cannot both succeed.
    const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE role = 'ADMIN' AND active FOR UPDATE`;
    const before = await tx.user.findUnique({ where: { id: userId.data }, select: accountSelect });
    if (!before) throw notFound;
    const role = changes.role ?? before.role;
    const active = changes.active ?? before.active;
    const losesAdmin = before.role === "ADMIN" && before.active && (role !== "ADMIN" || !active);
    if (losesAdmin && admins.every((a) => a.id === before.id)) {
      const self = before.id === actor.id ? "You are" : `${before.name} is`;
      throw new AppError("CONFLICT", `${self} the last active admin. Make another member an admin first, or nobody could manage accounts.`, { reason: "LAST_ADMIN" });
    }
    const after = await tx.user.update({ where: { id: before.id }, data: { role, active }, select: accountSelect });
    if (role !== before.role) {
      await recordAudit(tx, { actor, action: "user.role", entityType: "User", entityId: before.id, data: { from: before.role, to: role } });
    }
    if (active !== before.active) {
      await recordAudit(tx, { actor, action: active ? "user.reactivate" : "user.deactivate", entityType: "User", entityId: before.id });
    }
    return { ...after, createdAt: after.createdAt.toISOString(), lastSignInAt: after.lastSignInAt?.toISOString() ?? null };
  });
}
