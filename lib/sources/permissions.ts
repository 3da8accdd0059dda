import { hasRole, type Actor } from "@/lib/auth/actor";

/** Editors and admins file sources into an investigation; reviewers work on what is filed. */
export function canImportSources(actor: Actor): boolean {
  return hasRole(actor, "EDITOR");
}
