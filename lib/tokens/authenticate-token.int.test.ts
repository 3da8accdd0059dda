import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/server/db";
import { createUser } from "@/lib/testing/workspace-fixtures";
import { authenticateToken, LAST_USED_PRECISION_MS } from "./authenticate-token";
import { createToken } from "./create-token";
import { newTokenSecret } from "./token-secret";

let editor: Actor;

beforeAll(async () => {
  editor = await createUser(db, "EDITOR", "Elena Editor");
});

const lastUsed = async (id: string) => (await db.apiToken.findUniqueOrThrow({ where: { id }, select: { lastUsedAt: true } })).lastUsedAt;

describe("authenticateToken", () => {
  it("yields the token's user with their current role", async () => {
    const { token } = await createToken({ db, actor: editor, input: { name: "script" } });
    expect(await authenticateToken(db, token)).toEqual({ id: editor.id, email: editor.email, name: editor.name, role: "EDITOR" });
    await db.user.update({ where: { id: editor.id }, data: { role: "REVIEWER" } });
    expect(await authenticateToken(db, token)).toMatchObject({ role: "REVIEWER" });
    await db.user.update({ where: { id: editor.id }, data: { role: "EDITOR" } });
  });

  it("yields null for unknown, malformed, revoked tokens and deactivated users", async () => {
    expect(await authenticateToken(db, newTokenSecret().token)).toBeNull();
    expect(await authenticateToken(db, "")).toBeNull();
    expect(await authenticateToken(db, "not a token")).toBeNull();
    const revoked = await createToken({ db, actor: editor, input: { name: "old" } });
    await db.apiToken.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
    expect(await authenticateToken(db, revoked.token)).toBeNull();
    const leaver = await createUser(db, "EDITOR", "Leaver");
    const theirs = await createToken({ db, actor: leaver, input: { name: "cron" } });
    expect(await authenticateToken(db, theirs.token)).not.toBeNull();
    await db.user.update({ where: { id: leaver.id }, data: { active: false } });
    expect(await authenticateToken(db, theirs.token)).toBeNull();
  });

  it("records when a token was last used, writing at most once a minute", async () => {
    const { id, token } = await createToken({ db, actor: editor, input: { name: "busy" } });
    const t0 = new Date("2030-01-01T10:00:00.000Z");
    await authenticateToken(db, token, t0);
    expect(await lastUsed(id)).toEqual(t0);
    await authenticateToken(db, token, new Date(t0.getTime() + LAST_USED_PRECISION_MS - 1));
    expect(await lastUsed(id)).toEqual(t0);
    const later = new Date(t0.getTime() + LAST_USED_PRECISION_MS + 1);
    await authenticateToken(db, token, later);
    expect(await lastUsed(id)).toEqual(later);
  });

  it("writes lastUsedAt once for a burst of parallel requests", async () => {
    // A trigger of this test database counts real row updates, whatever the pool interleaving.
    await db.$executeRawUnsafe(`CREATE TABLE test_token_writes (token_id text NOT NULL)`);
    await db.$executeRawUnsafe(`CREATE FUNCTION test_count_token_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO test_token_writes VALUES (NEW.id); RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_count_token_write AFTER UPDATE ON "ApiToken" FOR EACH ROW EXECUTE FUNCTION test_count_token_write()`);
    const { id, token } = await createToken({ db, actor: editor, input: { name: "burst" } });
    const actors = await Promise.all(Array.from({ length: 20 }, () => authenticateToken(db, token)));
    expect(actors.every((a) => a?.id === editor.id)).toBe(true);
    expect(await lastUsed(id)).not.toBeNull();
    const writes = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM test_token_writes WHERE token_id = ${id}`;
    expect(writes).toEqual([{ n: 1 }]);
  });
});
