import { hasRole, type Actor } from "@/lib/auth/actor";

/**
 * Editors and admins see every claim's figures. Reviewers may look (read-only) too, but under blind
 * review only at claims they have already given a verdict on, so the dashboard cannot leak others'.
 */
export function dashboardViewer(actor: Actor, { blindReview }: { blindReview: boolean }): { id: string; blindFor: boolean } {
  return { id: actor.id, blindFor: blindReview && !hasRole(actor, "EDITOR") };
}

export function canAdjudicate(actor: Actor): boolean {
  return hasRole(actor, "EDITOR");
}
