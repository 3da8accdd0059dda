import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/server/errors";

/** Accounts and invitations are admins' business only. */
export function canManageUsers(actor: Actor): boolean {
  return actor.role === "ADMIN";
}

export function assertCanManageUsers(actor: Actor): void {
  if (!canManageUsers(actor)) throw new AppError("FORBIDDEN", "Only admins can manage accounts and invitations.");
}
