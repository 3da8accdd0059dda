import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import type { TAccountDto, TInvitationDto } from "./dto";
import { assertCanManageUsers } from "./permissions";

/** Every account (active first, then by name) and the invitations still waiting to be used. */
export async function listAccounts({ db, actor, now = new Date() }: { db: Db; actor: Actor; now?: Date }): Promise<{ users: TAccountDto[]; invitations: TInvitationDto[] }> {
  assertCanManageUsers(actor);
  const [users, invitations] = await Promise.all([
    db.user.findMany({
      orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, email: true, role: true, active: true, createdAt: true, lastSignInAt: true },
    }),
    db.invitation.findMany({
      where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, email: true, role: true, createdAt: true, expiresAt: true, invitedBy: { select: { name: true } } },
    }),
  ]);
  return {
    users: users.map((u) => ({ ...u, createdAt: u.createdAt.toISOString(), lastSignInAt: u.lastSignInAt?.toISOString() ?? null })),
    invitations: invitations.map((i) => ({ id: i.id, email: i.email, role: i.role, createdAt: i.createdAt.toISOString(), expiresAt: i.expiresAt.toISOString(), invitedBy: i.invitedBy?.name ?? null })),
  };
}
