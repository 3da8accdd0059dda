import type { Role } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/server/db";
import { hashInvitationToken } from "./invitation-secret";

export type TInvitationState =
  | { status: "valid"; email: string; role: Role; expiresAt: Date }
  | { status: "expired" | "used" | "revoked" | "unknown" };

/** What a public invitation link leads to. Public: it reveals the email only to the link's holder. */
export async function getInvitation({ db, token, now = new Date() }: { db: Db; token: string; now?: Date }): Promise<TInvitationState> {
  if (!token || token.length > 200) return { status: "unknown" };
  const row = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true },
  });
  if (!row) return { status: "unknown" };
  if (row.acceptedAt) return { status: "used" };
  if (row.revokedAt) return { status: "revoked" };
  if (row.expiresAt <= now) return { status: "expired" };
  return { status: "valid", email: row.email, role: row.role, expiresAt: row.expiresAt };
}
