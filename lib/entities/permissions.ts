import { hasRole, type Actor } from "@/lib/auth/actor";

/** The alias table changes what matching and search find for everyone, so editors keep it. */
export const canEditEntities = (actor: Actor): boolean => hasRole(actor, "EDITOR");
