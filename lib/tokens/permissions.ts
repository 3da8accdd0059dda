import type { Actor } from "@/lib/auth/actor";

/**
 * Tokens are personal: whoever holds an account may make tokens for it (they act with the same
 * role), and nobody — admins included — manages another person's tokens.
 */
export function canManageToken(actor: Actor, token: { userId: string }): boolean {
  return token.userId === actor.id;
}

/** The where-clause form of canManageToken, for queries that must only ever see the actor's own rows. */
export function ownTokens(actor: Actor): { userId: string } {
  return { userId: actor.id };
}
