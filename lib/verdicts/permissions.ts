import { hasRole, type Actor } from "@/lib/auth/actor";

/**
 * Blind review keeps reviewers independent: with it on, a reviewer sees others' verdicts on a claim
 * only after submitting their own. Editors always see all.
 */
export function canSeeOthersVerdicts(actor: Actor, { blindReview, hasOwnVerdict }: { blindReview: boolean; hasOwnVerdict: boolean }): boolean {
  return hasRole(actor, "EDITOR") || !blindReview || hasOwnVerdict;
}

/** Everyone records only their own verdict; a settled claim's verdicts are locked. */
export function canSaveVerdict(actor: Actor, { settled }: { settled: boolean }): boolean {
  void actor;
  return !settled;
}
