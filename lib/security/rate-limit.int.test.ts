import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/passwords";
import { recordSummary } from "@/lib/testing/run-summary";
import { createUser } from "@/lib/testing/workspace-fixtures";
import { createToken } from "@/lib/tokens/create-token";
import { changePassword } from "@/lib/users/change-password";
import { inviteUser } from "@/lib/users/invite-user";
import { checkLimit, KEEP_ATTEMPTS_MS, recordAttempt } from "./rate-limit";

const PASSWORD = "violet tractor harbour 42";
const MINUTE = 60_000;
let known: Actor;
let t = new Date("2031-01-01T09:00:00Z").getTime();
/** A fresh stretch of (injected) time per test, so tests never share a window. */
const epoch = () => new Date((t += 24 * 60 * MINUTE));
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

beforeAll(async () => {
  known = await createUser(db, "REVIEWER", "Known Member");
  await db.user.update({ where: { id: known.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
});

const signIn = (email: string, password: string, clientAddress: string, now: Date) => attemptSignIn({ db, input: { email, password }, clientAddress, now });

describe("sign-in lockout", () => {
  it("after 5 failures on one account, refuses even the right password until the oldest failure leaves the window", async () => {
    const t0 = epoch();
    for (let i = 0; i < 5; i++) expect(await signIn(known.email, "wrong", `10.0.0.${i}`, at(t0, i * MINUTE))).toEqual({ status: "failed" });
    // From a fresh address too: the account key alone locks. 15 min after the first failure (t0) it is free again.
    expect(await signIn(known.email, PASSWORD, "10.9.9.9", at(t0, 5 * MINUTE))).toEqual({ status: "locked", retryAfterSeconds: 10 * 60 });
    expect(await signIn(known.email.toUpperCase(), PASSWORD, "10.9.9.9", at(t0, 14 * MINUTE))).toEqual({ status: "locked", retryAfterSeconds: 60 });
    expect(await signIn(known.email, PASSWORD, "10.9.9.9", at(t0, 15 * MINUTE + 1))).toMatchObject({ status: "ok" });
    recordSummary({ metric: "login lockout: account key locks after 5 failures, frees after window", tried: 1, ok: 1 });
  });

  it("after 5 failures from one address, refuses every account from it, and other addresses still work", async () => {
    const t0 = epoch();
    for (let i = 0; i < 5; i++) await signIn(`stranger${i}@example.org`, "wrong", "203.0.113.5", at(t0, i * 1000));
    expect(await signIn(known.email, PASSWORD, "203.0.113.5", at(t0, 10_000))).toEqual({ status: "locked", retryAfterSeconds: 15 * 60 - 10 });
    expect(await signIn(known.email, PASSWORD, "203.0.113.6", at(t0, 10_000))).toMatchObject({ status: "ok" });
    expect(await signIn(known.email, PASSWORD, "203.0.113.5", at(t0, 15 * MINUTE))).toMatchObject({ status: "ok" });
  });

  it("answers an unknown account exactly as a known one, and checks no password while locked", async () => {
    const t0 = epoch();
    const unknown = "nobody-here@example.org";
    const results = { known: [] as unknown[], unknown: [] as unknown[] };
    for (let i = 0; i < 7; i++) {
      results.known.push(await signIn(known.email, "wrong", `a-${i}`, at(t0, i * 1000)));
      results.unknown.push(await signIn(unknown, "wrong", `b-${i}`, at(t0, i * 1000)));
    }
    expect(results.unknown).toEqual(results.known);
    expect(results.known.slice(5)).toEqual([
      { status: "locked", retryAfterSeconds: 15 * 60 - 5 },
      { status: "locked", retryAfterSeconds: 15 * 60 - 6 },
    ]);
    // Locked attempts are not recorded: they never reached the password check.
    const recorded = await db.authAttempt.count({ where: { accountKey: { in: [known.email, unknown] }, createdAt: { gte: t0 } } });
    expect(recorded).toBe(10);
    recordSummary({ metric: "login lockout: unknown account answered like a known one", tried: 7, ok: results.unknown.filter((r, i) => JSON.stringify(r) === JSON.stringify(results.known[i])).length });
  });

  it("does not count successes, nor failures of other kinds", async () => {
    const t0 = epoch();
    for (let i = 0; i < 4; i++) await signIn(known.email, "wrong", "c", at(t0, i));
    for (let i = 0; i < 6; i++) expect(await signIn(known.email, PASSWORD, "c", at(t0, 10 + i))).toMatchObject({ status: "ok" });
    await recordAttempt(db, { kind: "PASSWORD_CHANGE", accountKey: known.email, clientAddress: "c", succeeded: false }, at(t0, 20));
    expect(await checkLimit(db, { kind: "LOGIN", accountKey: known.email, clientAddress: "c" }, at(t0, 30))).toEqual({ limited: false });
  });

  it("prunes attempts older than a day as new ones are recorded", async () => {
    const t0 = epoch();
    await recordAttempt(db, { kind: "LOGIN", accountKey: "old@example.org", clientAddress: "p", succeeded: false }, t0);
    await recordAttempt(db, { kind: "LOGIN", accountKey: "new@example.org", clientAddress: "p", succeeded: false }, at(t0, KEEP_ATTEMPTS_MS - 1));
    expect(await db.authAttempt.count({ where: { accountKey: "old@example.org" } })).toBe(1);
    await recordAttempt(db, { kind: "LOGIN", accountKey: "new@example.org", clientAddress: "p", succeeded: false }, at(t0, KEEP_ATTEMPTS_MS + 1));
    expect(await db.authAttempt.count({ where: { accountKey: "old@example.org" } })).toBe(0);
    expect(await db.authAttempt.count({ where: { accountKey: "new@example.org" } })).toBe(2);
  });
});

describe("limits on actions of signed-in members", () => {
  it("token creation: 10 per 15 minutes per member", async () => {
    const member = await createUser(db, "EDITOR", "Token Minter");
    const t0 = epoch();
    for (let i = 0; i < 10; i++) await createToken({ db, actor: member, input: { name: `t${i}` }, now: at(t0, i * 1000) });
    await expect(createToken({ db, actor: member, input: { name: "one too many" }, now: at(t0, 20_000) })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      status: 429,
      message: "Too many attempts. Try again in 15 minutes.",
      details: { retryAfterSeconds: 15 * 60 - 20 },
    });
    const other = await createUser(db, "EDITOR", "Other Minter");
    await createToken({ db, actor: other, input: { name: "unaffected" }, now: at(t0, 20_000) });
    await createToken({ db, actor: member, input: { name: "later" }, now: at(t0, 15 * MINUTE + 1) });
  });

  it("invitations: 20 per hour per admin", async () => {
    const admin = await createUser(db, "ADMIN", "Busy Admin");
    const t0 = epoch();
    for (let i = 0; i < 20; i++) await inviteUser({ db, actor: admin, input: { email: `invitee${i}@example.org`, role: "REVIEWER" }, now: at(t0, i * 1000) });
    await expect(inviteUser({ db, actor: admin, input: { email: "one.more@example.org", role: "REVIEWER" }, now: at(t0, 30_000) })).rejects.toMatchObject({ code: "RATE_LIMITED", details: { retryAfterSeconds: 60 * 60 - 30 } });
    await inviteUser({ db, actor: admin, input: { email: "one.more@example.org", role: "REVIEWER" }, now: at(t0, 60 * MINUTE + 1) });
  });

  it("password change: 5 wrong current passwords lock further checks, even the right one", async () => {
    const member = await createUser(db, "REVIEWER", "Guessed");
    await db.user.update({ where: { id: member.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
    const t0 = epoch();
    const change = (currentPassword: string, now: Date) => changePassword({ db, actor: member, input: { currentPassword, newPassword: "a brand new passphrase" }, now });
    for (let i = 0; i < 5; i++) await expect(change(`guess ${i}`, at(t0, i))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(change(PASSWORD, at(t0, 10))).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await change(PASSWORD, at(t0, 15 * MINUTE + 1));
  });
});
