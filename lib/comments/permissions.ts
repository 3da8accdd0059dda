import { hasRole, type Actor } from "@/lib/auth/actor";

/** People edit only their own words; editors may also remove any comment (moderation). */
export function canEditComment(actor: Actor, comment: { authorId: string | null }): boolean {
  return comment.authorId === actor.id;
}

export function canDeleteComment(actor: Actor, comment: { authorId: string | null }): boolean {
  return comment.authorId === actor.id || hasRole(actor, "EDITOR");
}
