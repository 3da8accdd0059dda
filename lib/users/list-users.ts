import { hasRole, type Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export type TAssignableUser = { id: string; name: string; role: Actor["role"] };

/** Active members an editor can hand claims to; deactivated accounts never appear in the picker. */
export async function listAssignableUsers({ db, actor }: { db: Db; actor: Actor }): Promise<TAssignableUser[]> {
  if (!hasRole(actor, "EDITOR")) throw new AppError("FORBIDDEN", "Only editors and admins can assign claims.");
  return db.user.findMany({
    where: { active: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, role: true },
  });
}
