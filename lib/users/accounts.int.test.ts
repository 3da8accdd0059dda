import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { loadActor } from "@/lib/auth/authenticate";
import { db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/passwords";
import { createUser } from "@/lib/testing/workspace-fixtures";
import { authenticateToken } from "@/lib/tokens/authenticate-token";
import { createToken } from "@/lib/tokens/create-token";
import { acceptInvitation } from "./accept-invitation";
import { changePassword } from "./change-password";
import { getInvitation } from "./get-invitation";
import { INVITATION_TTL_MS } from "./invitation-secret";
import { inviteUser } from "./invite-user";
import { listAccounts } from "./list-accounts";
import { revokeInvitation } from "./revoke-invitation";
import { updateUser } from "./update-user";

let admin: Actor, editor: Actor, reviewer: Actor;
const GOOD = "violet tractor harbour 42";
const auditOf = (entityId: string) => db.auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" }, select: { action: true, actorId: true, data: true } });

beforeAll(async () => {
  admin = await createUser(db, "ADMIN", "Ada Admin");
  editor = await createUser(db, "EDITOR", "Elena Editor");
  reviewer = await createUser(db, "REVIEWER", "Li Wei");
});

describe("invite → accept → sign in", () => {
  it("creates a hashed one-time invitation, the invitee sets a password and signs in with it", async () => {
    const now = new Date();
    const invitation = await inviteUser({ db, actor: admin, input: { email: "  New.Reviewer@Example.org ", role: "REVIEWER" }, now });
    expect(invitation.email).toBe("new.reviewer@example.org");
    expect(invitation.expiresAt.getTime() - now.getTime()).toBe(INVITATION_TTL_MS);
    const row = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(JSON.stringify(row)).not.toContain(invitation.token);
    expect((await listAccounts({ db, actor: admin })).invitations.map((i) => i.id)).toContain(invitation.id);
    expect(await getInvitation({ db, token: invitation.token })).toMatchObject({ status: "valid", email: "new.reviewer@example.org", role: "REVIEWER" });

    const { userId } = await acceptInvitation({ db, input: { token: invitation.token, name: "Nia Newcomer", password: GOOD } });
    const signedIn = await attemptSignIn({ db, input: { email: "new.reviewer@example.org", password: GOOD }, clientAddress: "198.51.100.1" });
    expect(signedIn).toMatchObject({ status: "ok", actor: { id: userId, role: "REVIEWER", name: "Nia Newcomer" } });
    const account = (await listAccounts({ db, actor: admin })).users.find((u) => u.id === userId);
    expect(account).toMatchObject({ active: true, role: "REVIEWER" });
    expect(account?.lastSignInAt).not.toBeNull();
    expect((await listAccounts({ db, actor: admin })).invitations.map((i) => i.id)).not.toContain(invitation.id);
    expect((await auditOf(invitation.id)).map((a) => a.action)).toEqual(["invitation.create"]);
    expect(await auditOf(userId)).toEqual([{ action: "invitation.accept", actorId: userId, data: { email: "new.reviewer@example.org", role: "REVIEWER" } }]);
  });

  it("a used, expired, revoked or unknown link says so and creates nothing", async () => {
    const t0 = new Date("2030-03-01T00:00:00Z");
    const used = await inviteUser({ db, actor: admin, input: { email: "used@example.org", role: "EDITOR" }, now: t0 });
    await acceptInvitation({ db, input: { token: used.token, name: "Once", password: GOOD }, now: t0 });
    await expect(acceptInvitation({ db, input: { token: used.token, name: "Twice", password: GOOD }, now: t0 })).rejects.toMatchObject({ code: "NOT_FOUND", details: { reason: "USED" } });

    const stale = await inviteUser({ db, actor: admin, input: { email: "late@example.org", role: "REVIEWER" }, now: t0 });
    const afterWeek = new Date(t0.getTime() + INVITATION_TTL_MS);
    expect(await getInvitation({ db, token: stale.token, now: new Date(afterWeek.getTime() - 1) })).toMatchObject({ status: "valid" });
    expect(await getInvitation({ db, token: stale.token, now: afterWeek })).toEqual({ status: "expired" });
    await expect(acceptInvitation({ db, input: { token: stale.token, name: "Late", password: GOOD }, now: afterWeek })).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("expired") });

    const withdrawn = await inviteUser({ db, actor: admin, input: { email: "withdrawn@example.org", role: "REVIEWER" } });
    await revokeInvitation({ db, actor: admin, input: { invitationId: withdrawn.id } });
    expect(await getInvitation({ db, token: withdrawn.token })).toEqual({ status: "revoked" });
    await expect(revokeInvitation({ db, actor: admin, input: { invitationId: withdrawn.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getInvitation({ db, token: "not-a-real-token" })).toEqual({ status: "unknown" });

    expect(await db.user.count({ where: { email: { in: ["late@example.org", "withdrawn@example.org"] } } })).toBe(0);
  });

  it("one link makes one account even when submitted twice at once", async () => {
    const invitation = await inviteUser({ db, actor: admin, input: { email: "racer@example.org", role: "REVIEWER" } });
    const results = await Promise.allSettled([1, 2].map((n) => acceptInvitation({ db, input: { token: invitation.token, name: `Racer ${n}`, password: GOOD } })));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.user.count({ where: { email: "racer@example.org" } })).toBe(1);
  });

  it("applies the password policy next to the password field", async () => {
    const invitation = await inviteUser({ db, actor: admin, input: { email: "policy@example.org", role: "REVIEWER" } });
    const tryPassword = (password: string) => acceptInvitation({ db, input: { token: invitation.token, name: "P", password } });
    await expect(tryPassword("short")).rejects.toMatchObject({ code: "BAD_REQUEST", details: { fields: [{ path: "password" }], reason: "TOO_SHORT" } });
    await expect(tryPassword("Password1234")).rejects.toMatchObject({ details: { reason: "COMMON" } });
    await expect(tryPassword("POLICY@example.org")).rejects.toMatchObject({ details: { reason: "IS_EMAIL" } });
    await expect(tryPassword("x".repeat(1025))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await getInvitation({ db, token: invitation.token })).toMatchObject({ status: "valid" });
    await acceptInvitation({ db, input: { token: invitation.token, name: "Chinese passphrase", password: "我们明天一起去北京看长城" } });
    expect(await attemptSignIn({ db, input: { email: "policy@example.org", password: "我们明天一起去北京看长城" }, clientAddress: "x" })).toMatchObject({ status: "ok" });
  });

  it("refuses an email that already has an account, and non-admins", async () => {
    await expect(inviteUser({ db, actor: admin, input: { email: reviewer.email, role: "EDITOR" } })).rejects.toMatchObject({ code: "CONFLICT", details: { fields: [{ path: "email" }] } });
    await expect(inviteUser({ db, actor: admin, input: { email: "not an email", role: "EDITOR" } })).rejects.toMatchObject({ code: "BAD_REQUEST", details: { fields: [{ path: "email" }] } });
    for (const actor of [editor, reviewer]) {
      await expect(inviteUser({ db, actor, input: { email: "x@example.org", role: "ADMIN" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listAccounts({ db, actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(updateUser({ db, actor, input: { userId: reviewer.id, changes: { role: "ADMIN" } } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("a newer invitation for the same email replaces the older one", async () => {
    const first = await inviteUser({ db, actor: admin, input: { email: "twice@example.org", role: "REVIEWER" } });
    const second = await inviteUser({ db, actor: admin, input: { email: "twice@example.org", role: "EDITOR" } });
    expect(await getInvitation({ db, token: first.token })).toEqual({ status: "revoked" });
    expect(await getInvitation({ db, token: second.token })).toMatchObject({ status: "valid", role: "EDITOR" });
  });
});

describe("role changes and deactivation", () => {
  it("changes a role with an audit row; the member's session actor has the new role at once", async () => {
    const member = await createUser(db, "REVIEWER", "Promoted");
    const updated = await updateUser({ db, actor: admin, input: { userId: member.id, changes: { role: "EDITOR" } } });
    expect(updated).toMatchObject({ role: "EDITOR", active: true });
    expect(await loadActor(db, member.id)).toMatchObject({ role: "EDITOR" });
    expect(await auditOf(member.id)).toEqual([{ action: "user.role", actorId: admin.id, data: { from: "REVIEWER", to: "EDITOR" } }]);
  });

  it("deactivation stops the member's session and API tokens at once; reactivation restores them", async () => {
    const member = await createUser(db, "EDITOR", "Leaving");
    const { token } = await createToken({ db, actor: member, input: { name: "cron" } });
    expect(await loadActor(db, member.id)).not.toBeNull();
    expect(await authenticateToken(db, token)).not.toBeNull();
    await updateUser({ db, actor: admin, input: { userId: member.id, changes: { active: false } } });
    expect(await loadActor(db, member.id)).toBeNull();
    expect(await authenticateToken(db, token)).toBeNull();
    await updateUser({ db, actor: admin, input: { userId: member.id, changes: { active: true } } });
    expect(await loadActor(db, member.id)).not.toBeNull();
    expect((await auditOf(member.id)).map((a) => a.action)).toEqual(["user.deactivate", "user.reactivate"]);
  });

  it("a deactivated member cannot sign in, and gets the same answer as a wrong password", async () => {
    const member = await createUser(db, "REVIEWER", "Gone");
    await db.user.update({ where: { id: member.id }, data: { passwordHash: await hashPassword(GOOD) } });
    expect(await attemptSignIn({ db, input: { email: member.email, password: GOOD }, clientAddress: "d1" })).toMatchObject({ status: "ok" });
    await updateUser({ db, actor: admin, input: { userId: member.id, changes: { active: false } } });
    expect(await attemptSignIn({ db, input: { email: member.email, password: GOOD }, clientAddress: "d2" })).toEqual({ status: "failed" });
  });

  it("the last active admin can be neither demoted nor deactivated, and is told why", async () => {
    const admins = await db.user.findMany({ where: { role: "ADMIN", active: true }, select: { id: true } });
    expect(admins.map((a) => a.id)).toEqual([admin.id]);
    for (const changes of [{ role: "EDITOR" }, { active: false }, { role: "REVIEWER", active: false }]) {
      await expect(updateUser({ db, actor: admin, input: { userId: admin.id, changes } })).rejects.toMatchObject({
        code: "CONFLICT",
        message: expect.stringContaining("You are the last active admin"),
        details: { reason: "LAST_ADMIN" },
      });
    }
    // With a second admin, either may step down, but then the other is the last one.
    const second = await createUser(db, "ADMIN", "Second Admin");
    await updateUser({ db, actor: admin, input: { userId: admin.id, changes: { role: "EDITOR" } } });
    await expect(updateUser({ db, actor: second, input: { userId: second.id, changes: { active: false } } })).rejects.toMatchObject({ details: { reason: "LAST_ADMIN" } });
    await updateUser({ db, actor: second, input: { userId: admin.id, changes: { role: "ADMIN" } } });
    await updateUser({ db, actor: admin, input: { userId: second.id, changes: { role: "REVIEWER" } } });
  });

  it("two admins demoting each other at the same time leave one admin", async () => {
    const a = await createUser(db, "ADMIN", "Admin A");
    await updateUser({ db, actor: a, input: { userId: admin.id, changes: { role: "EDITOR" } } });
    const b = await createUser(db, "ADMIN", "Admin B");
    const results = await Promise.allSettled([
      updateUser({ db, actor: a, input: { userId: b.id, changes: { role: "EDITOR" } } }),
      updateUser({ db, actor: b, input: { userId: a.id, changes: { role: "EDITOR" } } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
    const [survivor] = await db.user.findMany({ where: { role: "ADMIN", active: true }, select: { id: true } });
    await updateUser({ db, actor: { ...a, id: survivor!.id }, input: { userId: admin.id, changes: { role: "ADMIN" } } });
  });

  it("answers unknown ids with 404 and empty changes with 400", async () => {
    await expect(updateUser({ db, actor: admin, input: { userId: "nope", changes: { active: false } } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateUser({ db, actor: admin, input: { userId: reviewer.id, changes: {} } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(updateUser({ db, actor: admin, input: { userId: reviewer.id, changes: { role: "OWNER" } } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("changePassword", () => {
  it("needs the current password, applies the policy, and audits the change", async () => {
    const member = await createUser(db, "REVIEWER", "Changer");
    await db.user.update({ where: { id: member.id }, data: { passwordHash: await hashPassword(GOOD) } });
    const change = (currentPassword: string, newPassword: string) => changePassword({ db, actor: member, input: { currentPassword, newPassword } });
    await expect(change("wrong password!!", "another good passphrase")).rejects.toMatchObject({ code: "BAD_REQUEST", details: { fields: [{ path: "currentPassword", message: "That is not your current password." }] } });
    await expect(change(GOOD, "short")).rejects.toMatchObject({ details: { fields: [{ path: "newPassword" }], reason: "TOO_SHORT" } });
    await expect(change(GOOD, "qwertyuiop123")).rejects.toMatchObject({ details: { reason: "COMMON" } });
    await expect(change(GOOD, member.email.toUpperCase())).rejects.toMatchObject({ details: { reason: "IS_EMAIL" } });
    await expect(change(GOOD, GOOD)).rejects.toMatchObject({ details: { fields: [{ path: "newPassword" }] } });
    await change(GOOD, "another good passphrase");
    expect(await attemptSignIn({ db, input: { email: member.email, password: GOOD }, clientAddress: "c1" })).toEqual({ status: "failed" });
    expect(await attemptSignIn({ db, input: { email: member.email, password: "another good passphrase" }, clientAddress: "c1" })).toMatchObject({ status: "ok" });
    expect((await auditOf(member.id)).map((a) => a.action)).toEqual(["user.password"]);
  });
});
