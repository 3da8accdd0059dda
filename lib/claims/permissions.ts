import { hasRole, type Actor } from "@/lib/auth/actor";

/** Everyone on the desk pins claims; only editors and admins reword or remove them afterwards. */
export function canCreateClaim(actor: Actor): boolean {
  return actor.role === "REVIEWER" || hasRole(actor, "EDITOR");
}

export function canEditClaim(actor: Actor): boolean {
  return hasRole(actor, "EDITOR");
}

export function canDeleteClaim(actor: Actor): boolean {
  return hasRole(actor, "EDITOR");
}
