import { z } from "zod";
import type { Db } from "@/lib/server/db";
import { sqlPool } from "@/lib/server/sql-pool";
import { burnPasswordCheck, verifyPassword } from "@/lib/server/passwords";
import type { Actor } from "./actor";

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address"),
  password: z.string().min(1, "Enter your password").max(1024),
});
export type TCredentials = z.infer<typeof ZCredentials>;

/**
 * Returns the actor for valid credentials of an active account, otherwise null. Callers show
 * one generic message for every failure so the form does not reveal which accounts exist.
 */
export async function authenticate(db: Db, input: unknown): Promise<Actor | null> {
  const parsed = ZCredentials.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
  });
  if (!user || !user.active) {
    await burnPasswordCheck(password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/**
 * Loads the actor behind a session; a deactivated or deleted account has none. Runs on every page
 * and session request, so it is one plain statement on the pg pool (lib/server/sql-pool.ts).
 */
export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const { rows } = await sqlPool(db).query<Actor & { active: boolean }>(`SELECT "id", "email", "name", "role", "active" FROM "User" WHERE "id" = $1`, [userId]);
  const user = rows[0];
  if (!user || !user.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
