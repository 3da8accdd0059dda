import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import { sqlPool } from "@/lib/server/sql-pool";
import { hashToken, looksLikeToken } from "./token-secret";

/** lastUsedAt is "roughly when": at most one write a minute per token, not one per request. */
export const LAST_USED_PRECISION_MS = 60_000;

type TTokenRow = { id: string; revokedAt: Date | null; lastUsedAt: Date | null; userId: string; email: string; name: string; role: Actor["role"]; active: boolean };

/**
 * The actor a bearer token acts as, with the user's current role; null for a malformed, unknown or
 * revoked token and for a deactivated account, so callers answer all of them with the same 401.
 * One statement on the pg pool: this runs before every token request, and through Prisma the
 * token-with-user lookup cost ~5× the CPU (two queries; bench/README.md, "Scale").
 */
export async function authenticateToken(db: Db, rawToken: string, now = new Date()): Promise<Actor | null> {
  if (!looksLikeToken(rawToken)) return null;
  const pool = sqlPool(db);
  const { rows } = await pool.query<TTokenRow>({
    name: "factdesk-authenticate-token",
    text: `SELECT t."id", t."revokedAt", t."lastUsedAt", u."id" AS "userId", u."email", u."name", u."role", u."active"
             FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId"
            WHERE t."tokenHash" = $1`,
    values: [hashToken(rawToken)],
  });
  const token = rows[0];
  if (!token || token.revokedAt || !token.active) return null;
  const staleBefore = new Date(now.getTime() - LAST_USED_PRECISION_MS);
  if (!token.lastUsedAt || token.lastUsedAt < staleBefore) {
    // Conditional, so a burst of parallel requests in the same minute still writes once.
    await pool.query(`UPDATE "ApiToken" SET "lastUsedAt" = $2 WHERE "id" = $1 AND ("lastUsedAt" IS NULL OR "lastUsedAt" < $3)`, [token.id, now, staleBefore]);
  }
  return { id: token.userId, email: token.email, name: token.name, role: token.role };
}
