import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/server/db";
import { createUser } from "@/lib/testing/workspace-fixtures";
import { authenticateToken } from "./authenticate-token";
import { createToken, MAX_ACTIVE_TOKENS } from "./create-token";
import { listTokens } from "./list-tokens";
import { revokeToken } from "./revoke-token";
import { hashToken } from "./token-secret";

let editor: Actor, reviewer: Actor;

beforeAll(async () => {
  editor = await createUser(db, "EDITOR", "Elena Editor");
  reviewer = await createUser(db, "REVIEWER", "Li Wei");
});

describe("createToken", () => {
  it("returns the token once and stores only its SHA-256 and prefix, with an audit row", async () => {
    const created = await createToken({ db, actor: editor, input: { name: "  Nightly export  " } });
    expect(created).toMatchObject({ name: "Nightly export", prefix: created.token.slice(0, 8), lastUsedAt: null });
    expect(created.token).toMatch(/^fdk_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(row.userId).toBe(editor.id);
    expect(JSON.stringify(row)).not.toContain(created.token.slice(8));
    const audit = await db.auditEvent.findMany({ where: { entityType: "ApiToken", entityId: created.id }, select: { action: true, actorId: true, data: true } });
    expect(audit).toEqual([{ action: "token.create", actorId: editor.id, data: { name: "Nightly export", prefix: created.prefix } }]);
  });

  it("needs a name, and says so on the field", async () => {
    for (const input of [{ name: "   " }, {}, { name: "x".repeat(101) }]) {
      await expect(createToken({ db, actor: editor, input })).rejects.toMatchObject({ code: "BAD_REQUEST", details: { fields: [{ path: "name" }] } });
    }
  });

  it("refuses more than the active-token limit with a message that says what to do", async () => {
    const hoarder = await createUser(db, "REVIEWER", "Hoarder");
    await db.apiToken.createMany({ data: Array.from({ length: MAX_ACTIVE_TOKENS }, (_, i) => ({ userId: hoarder.id, name: `t${i}`, tokenHash: `h-${hoarder.id}-${i}`, prefix: "fdk_xxxx" })) });
    await expect(createToken({ db, actor: hoarder, input: { name: "one more" } })).rejects.toMatchObject({ code: "UNPROCESSABLE", message: expect.stringContaining("Revoke one") });
  });
});

describe("listTokens", () => {
  it("shows the actor's own active tokens, newest first, without any secret", async () => {
    const first = await createToken({ db, actor: reviewer, input: { name: "laptop" } });
    const second = await createToken({ db, actor: reviewer, input: { name: "ci" } });
    const list = await listTokens({ db, actor: reviewer });
    expect(list.map((t) => t.id)).toEqual([second.id, first.id]);
    expect(Object.keys(list[0] ?? {}).sort()).toEqual(["createdAt", "id", "lastUsedAt", "name", "prefix"]);
    expect(JSON.stringify(list)).not.toContain(first.token);
    expect((await listTokens({ db, actor: editor })).map((t) => t.id)).not.toContain(first.id);
  });
});

describe("revokeToken", () => {
  it("revokes the actor's own token: gone from the list, refused afterwards, audited", async () => {
    const created = await createToken({ db, actor: reviewer, input: { name: "to revoke" } });
    expect(await authenticateToken(db, created.token)).toMatchObject({ id: reviewer.id });
    await revokeToken({ db, actor: reviewer, input: { tokenId: created.id } });
    expect((await listTokens({ db, actor: reviewer })).map((t) => t.id)).not.toContain(created.id);
    expect(await authenticateToken(db, created.token)).toBeNull();
    const actions = await db.auditEvent.findMany({ where: { entityId: created.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["token.create", "token.revoke"]);
    await expect(revokeToken({ db, actor: reviewer, input: { tokenId: created.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers 'not found' for someone else's token, admins included, and leaves it working", async () => {
    const admin = await createUser(db, "ADMIN", "Ada Admin");
    const created = await createToken({ db, actor: reviewer, input: { name: "mine" } });
    for (const other of [editor, admin]) {
      await expect(revokeToken({ db, actor: other, input: { tokenId: created.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(revokeToken({ db, actor: editor, input: { tokenId: "no-such-token" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await authenticateToken(db, created.token)).toMatchObject({ id: reviewer.id });
  });

  it("audits only once when the same token is revoked twice at the same time", async () => {
    const created = await createToken({ db, actor: reviewer, input: { name: "raced" } });
    const results = await Promise.allSettled([1, 2].map(() => revokeToken({ db, actor: reviewer, input: { tokenId: created.id } })));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.auditEvent.count({ where: { entityId: created.id, action: "token.revoke" } })).toBe(1);
  });
});
