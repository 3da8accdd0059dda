import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashPassword } from "@/lib/server/passwords";
import { ZNewUser } from "./schemas";

export type TCreatedUser = { id: string; email: string; name: string; role: Actor["role"] };

/**
 * Creates an account without a permission check: only for trusted entry points that run with
 * shell access to the server (the user:create CLI, the demo seed). The admin UI wraps this with
 * its own check. `actor` is whoever to credit in the audit log, if anyone.
 */
export async function unsafeCreateUser({ db, actor, input }: { db: Db; actor: Actor | null; input: unknown }): Promise<TCreatedUser> {
  const parsed = ZNewUser.safeParse(input);
  if (!parsed.success) {
    throw new AppError("BAD_REQUEST", parsed.error.issues.map((i) => i.message).join("; "), {
      fields: parsed.error.flatten().fieldErrors,
    });
  }
  const { password, ...profile } = parsed.data;
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { ...profile, passwordHash },
        select: { id: true, email: true, name: true, role: true },
      });
      await recordAudit(tx, { actor, action: "user.create", entityType: "User", entityId: user.id, data: { email: user.email, role: user.role } });
      return user;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("CONFLICT", `An account for ${profile.email} already exists.`);
    }
    throw error;
  }
}
