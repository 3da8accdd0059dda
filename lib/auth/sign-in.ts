import type { Db } from "@/lib/server/db";
import { checkLimit, recordAttempt } from "@/lib/security/rate-limit";
import type { Actor } from "./actor";
import { authenticate } from "./authenticate";

export type TSignInResult = { status: "ok"; actor: Actor } | { status: "failed" } | { status: "locked"; retryAfterSeconds: number };

/** The account key of a sign-in attempt: the email as typed, trimmed and lower-cased, whether or not it exists. */
export function signInAccountKey(input: unknown): string {
  const email = (input as { email?: unknown } | null | undefined)?.email;
  return typeof email === "string" ? email.trim().toLowerCase().slice(0, 320) : "";
}

/**
 * Sign-in with brute-force protection: while the account key or the client address has 5 failures
 * in 15 minutes the password is not even checked, and the answer is the same whether or not the
 * account exists. Every checked attempt is recorded; a success also stamps lastSignInAt.
 */
export async function attemptSignIn({ db, input, clientAddress, now = new Date() }: { db: Db; input: unknown; clientAddress: string; now?: Date }): Promise<TSignInResult> {
  const key = { kind: "LOGIN" as const, accountKey: signInAccountKey(input), clientAddress };
  const verdict = await checkLimit(db, key, now);
  if (verdict.limited) return { status: "locked", retryAfterSeconds: verdict.retryAfterSeconds };
  const actor = await authenticate(db, input);
  await recordAttempt(db, { ...key, succeeded: actor !== null }, now);
  if (!actor) return { status: "failed" };
  await db.user.update({ where: { id: actor.id }, data: { lastSignInAt: now } });
  return { status: "ok", actor };
}
