import { hasRole, type Actor } from "@/lib/auth/actor";

/** Reports show every reviewer's verdict, so reviewers (blind review) may not export them. */
export function canExportReports(actor: Actor): boolean {
  return hasRole(actor, "EDITOR");
}
