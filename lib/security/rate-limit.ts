import type { AuthAttemptKind } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { combineVerdicts, judgeWindow, retryAfterMinutes, type TLimitRule, type TLimitVerdict } from "./rate-window";

const MINUTE = 60_000;

/** The brute-force limits, all in one place (README "Accounts" documents them). */
export const LIMITS: Record<AuthAttemptKind, TLimitRule> = {
  LOGIN: { max: 5, windowMs: 15 * MINUTE, countSucceeded: false, byAddress: true },
  PASSWORD_CHANGE: { max: 5, windowMs: 15 * MINUTE, countSucceeded: false, byAddress: false },
  TOKEN_CREATE: { max: 10, windowMs: 15 * MINUTE, countSucceeded: true, byAddress: false },
  INVITATION: { max: 20, windowMs: 60 * MINUTE, countSucceeded: true, byAddress: false },
};

/** Attempts older than this are useless to every window above and are deleted as new ones arrive. */
export const KEEP_ATTEMPTS_MS = 24 * 60 * MINUTE;

export type TAttemptKey = { kind: AuthAttemptKind; accountKey: string; clientAddress: string };

/**
 * Whether `key` may try again now, from the counted attempts in the window on the account key and
 * (for sign-in) on the client address — both read in one round trip.
 */
export async function checkLimit(db: Db, key: TAttemptKey, now = new Date()): Promise<TLimitVerdict> {
  const rule = LIMITS[key.kind];
  const since = new Date(now.getTime() - rule.windowMs);
  const [row] = await db.$queryRaw<{ byAccount: Date[]; byAddress: Date[] }[]>`
    SELECT
      ARRAY(SELECT "createdAt" FROM "AuthAttempt"
            WHERE kind = ${key.kind}::"AuthAttemptKind" AND "accountKey" = ${key.accountKey}
              AND (NOT succeeded OR ${rule.countSucceeded}) AND "createdAt" > ${since} AND "createdAt" <= ${now}) AS "byAccount",
      ARRAY(SELECT "createdAt" FROM "AuthAttempt"
            WHERE ${rule.byAddress} AND kind = ${key.kind}::"AuthAttemptKind" AND "clientAddress" = ${key.clientAddress}
              AND (NOT succeeded OR ${rule.countSucceeded}) AND "createdAt" > ${since} AND "createdAt" <= ${now}) AS "byAddress"`;
  return combineVerdicts([judgeWindow(row?.byAccount ?? [], rule, now), judgeWindow(row?.byAddress ?? [], rule, now)]);
}

/** Records one attempt and, in the same statement, prunes attempts older than a day. */
export async function recordAttempt(db: Db, key: TAttemptKey & { succeeded: boolean }, now = new Date()): Promise<void> {
  const before = new Date(now.getTime() - KEEP_ATTEMPTS_MS);
  await db.$executeRaw`
    WITH pruned AS (DELETE FROM "AuthAttempt" WHERE "createdAt" < ${before})
    INSERT INTO "AuthAttempt" (kind, "accountKey", "clientAddress", succeeded, "createdAt")
    VALUES (${key.kind}::"AuthAttemptKind", ${key.accountKey}, ${key.clientAddress}, ${key.succeeded}, ${now})`;
}

/** The generic refusal: it says how long to wait and nothing about whether the account exists. */
export function rateLimited(retryAfterSeconds: number): AppError {
  const minutes = retryAfterMinutes(retryAfterSeconds);
  return new AppError("RATE_LIMITED", `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, { retryAfterSeconds });
}

/** Throws RATE_LIMITED (429 with Retry-After) when `key` is over its limit. */
export async function assertWithinLimit(db: Db, key: TAttemptKey, now = new Date()): Promise<void> {
  const verdict = await checkLimit(db, key, now);
  if (verdict.limited) throw rateLimited(verdict.retryAfterSeconds);
}
