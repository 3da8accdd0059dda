import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import { hashToken, looksLikeToken } from "./token-secret";

/** lastUsedAt is "roughly when": at most one write a minute per token, not one per request. */
export const LAST_USED_PRECISION_MS = 60_000;

/**
 * The actor a bearer token acts as, with the user's current role; null for a malformed, unknown or
 * revoked token and for a deactivated account, so callers answer all of them with the same 401.
 */
export async function authenticateToken(db: Db, rawToken: string, now = new Date()): Promise<Actor | null> {
  if (!looksLikeToken(rawToken)) return null;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(rawToken) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true, role: true, active: true } } },
  });
  if (!token || token.revokedAt || !token.user.active) return null;
  const staleBefore = new Date(now.getTime() - LAST_USED_PRECISION_MS);
  if (!token.lastUsedAt || token.lastUsedAt < staleBefore) {
    // Conditional, so a burst of parallel requests in the same minute still writes once.
    await db.apiToken.updateMany({
      where: { id: token.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] },
      data: { lastUsedAt: now },
    });
  }
  const { id, email, name, role } = token.user;
  return { id, email, name, role };
}
