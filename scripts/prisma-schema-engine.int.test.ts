// Prisma's migration CLI, run for real through scripts/prisma-schema-engine.mjs (our stand-in for the
// native schema engine) against a database of this file's own, plus the hand-written parts of the
// initial migration (append-only AuditEvent). Needs a PostgreSQL server: TEST_DATABASE_URL, else local.
import { execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
const ENGINE = path.join(ROOT, "scripts/prisma-schema-engine.mjs");
const serverUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `factdesk_engine_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

async function query<T extends pg.QueryResultRow>(connectionString: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await client.query<T>(sql, params);
  } finally {
    await client.end();
  }
}

/** The Prisma CLI with this project's config, on our database, with our engine and its own shadow DB. */
function prisma(...args: string[]) {
  const { SHADOW_DATABASE_URL: _ignored, ...env } = process.env;
  return run(path.join(ROOT, "node_modules/.bin/prisma"), args, {
    cwd: ROOT,
    env: { ...env, DATABASE_URL: url, PRISMA_SCHEMA_ENGINE_BINARY: ENGINE, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}

const shadowDatabases = async () =>
  (await query<{ datname: string }>(serverUrl, "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'")).rows.map((r) => r.datname);

beforeAll(async () => {
  await query(serverUrl, `CREATE DATABASE "${name}"`);
});

afterAll(async () => {
  await query(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe("Prisma migrations through the wasm schema engine", () => {
  it("applies the committed migrations and reports the database up to date", async () => {
    const deploy = await prisma("migrate", "deploy");
    expect(deploy.stdout).toMatch(/All migrations have been successfully applied/);

    const status = await prisma("migrate", "status");
    expect(status.stdout).toMatch(/Database schema is up to date/);

    const { rows } = await query<{ table_name: string }>(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    expect(rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(["User", "Investigation", "Source", "Claim", "Verdict", "VerdictRevision", "Evidence", "Comment", "Assignment", "Adjudication", "AuditEvent", "_prisma_migrations"]),
    );
    const ext = await query(url, "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'");
    expect(ext.rowCount).toBe(1);
  }, 60_000);

  it("finds no drift between the migrations and schema.prisma, replaying them on a shadow database it then drops", async () => {
    const before = new Set(await shadowDatabases());
    // --exit-code: 2 (a rejection) if the diff is not empty.
    const diff = await prisma("migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--script", "--exit-code");
    expect(diff.stdout).toMatch(/This is an empty migration/);
    expect((await shadowDatabases()).filter((db) => !before.has(db))).toEqual([]);
  }, 60_000);

  it("keeps AuditEvent append-only", async () => {
    await query(url, `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ('u1', 'u1@example.org', 'U', 'x', now())`);
    const { rows } = await query<{ id: string }>(
      url,
      `INSERT INTO "AuditEvent" ("actorId", action, "entityType", "entityId") VALUES ('u1', 'claim.create', 'Claim', 'c1') RETURNING id`,
    );
    const id = rows[0]!.id;

    await expect(query(url, `UPDATE "AuditEvent" SET action = 'forged' WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(query(url, `UPDATE "AuditEvent" SET "actorId" = NULL WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(query(url, `DELETE FROM "AuditEvent" WHERE id = $1`, [id])).rejects.toThrow(/append-only/);

    // The schema's onDelete: SetNull still works: deleting the user keeps the event, unattributed.
    await query(url, `DELETE FROM "User" WHERE id = 'u1'`);
    const after = await query<{ actorId: string | null; action: string }>(url, `SELECT "actorId", action FROM "AuditEvent" WHERE id = $1`, [id]);
    expect(after.rows).toEqual([{ actorId: null, action: "claim.create" }]);
  }, 60_000);

  it("answers JSON-RPC like the native engine, errors included", async () => {
    const child = spawn(ENGINE, ["--datasource", JSON.stringify({ url })], { cwd: ROOT, stdio: ["pipe", "pipe", "ignore"] });
    const lines: string[] = [];
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => lines.push(...chunk.split("\n").filter(Boolean)));
    const exited = new Promise((resolve) => child.on("exit", resolve));
    for (const request of [
      { id: 1, jsonrpc: "2.0", method: "getDatabaseVersion" },
      { id: 2, jsonrpc: "2.0", method: "dbExecute", params: { datasourceType: { tag: "url", url }, script: "SELECT no_such_column" } },
      { id: 3, jsonrpc: "2.0", method: "noSuchMethod" },
    ])
      child.stdin.write(JSON.stringify(request) + "\n");
    child.stdin.end();
    expect(await exited).toBe(0);

    const [version, failed, unknown] = lines.map((line) => JSON.parse(line));
    expect(version).toMatchObject({ id: 1, result: expect.stringMatching(/^PostgreSQL/) });
    expect(failed).toMatchObject({ id: 2, error: { code: 4466, data: { is_panic: false, message: expect.stringMatching(/no_such_column/) } } });
    expect(unknown).toMatchObject({ id: 3, error: { code: -32601 } });
  }, 60_000);
});
