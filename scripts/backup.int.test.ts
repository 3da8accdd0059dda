import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { addComment } from "@/lib/comments/comments";
import { setFinalVerdict } from "@/lib/adjudication/set-final-verdict";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/server/db";
import { createTestDatabase, testServerUrl, type TTestDatabase } from "@/lib/testing/test-database";
import { createClaim, createWorkspace, quoteOf, TEXTS } from "@/lib/testing/workspace-fixtures";
import { recordSummary } from "@/lib/testing/run-summary";
import { saveVerdict } from "@/lib/verdicts/save-verdict";
// @ts-expect-error plain ESM script without types
import { backupDatabase, pgTool, restoreDatabase, serverMajor, toolMajor } from "./lib/backup.mjs";

// The round trip `npm run db:backup` / `db:restore` promise: a workspace with claims, verdicts,
// evidence, comments, an adjudication and audit rows is dumped with pg_dump -Fc, restored into an
// empty database with pg_restore, and comes back row for row — with its triggers still working.
// pg_dump cannot dump a newer server, so when the test server (e.g. the embedded PostgreSQL 17) is
// newer than the installed client, the machine's own PostgreSQL (PG_BACKUP_TEST_URL) is used.
const TABLES = ["User", "Investigation", "Source", "Claim", "Verdict", "VerdictRevision", "Evidence", "Comment", "Adjudication", "AuditEvent", "ClaimStats", "ApiToken"];

let source: TTestDatabase;
let target: TTestDatabase;
let db: PrismaClient;
let restored: PrismaClient;
let dir: string;

beforeAll(async () => {
  const client = await toolMajor(pgTool("pg_dump"));
  const server = (await serverMajor(testServerUrl())) <= client ? testServerUrl() : (process.env.PG_BACKUP_TEST_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  process.env.TEST_DATABASE_URL = server; // createTestDatabase reads it
  [source, target] = [await createTestDatabase(), await createTestDatabase()];
  db = createPrismaClient(source.url);
  restored = createPrismaClient(target.url);
  dir = mkdtempSync(path.join(os.tmpdir(), "factdesk-backup-"));
});

afterAll(async () => {
  await Promise.all([db?.$disconnect(), restored?.$disconnect()]);
  await Promise.all([source?.drop(), target?.drop()]);
  rmSync(dir, { recursive: true, force: true });
});

/** Row count and an md5 over every row (in primary-key order) of each table. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, string> = {};
    for (const table of TABLES) {
      const { rows } = await client.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${table}" t`);
      result[table] = `${rows[0].n}:${rows[0].sum}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

it("restores a pg_dump -Fc backup row for row, with the audit and statistics triggers working", async () => {
  const ws = await createWorkspace(db);
  const claims = [];
  for (const exact of ["The minister said", "the talks in Riyadh lasted four hours"]) claims.push(await createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text: exact, exact }));
  const evidence = [{ sourceId: ws.evidenceA.id, stance: "SUPPORTS", ...quoteOf(TEXTS.evidenceA, "the talks lasted four hours") }];
  for (const claim of claims) {
    await saveVerdict({ db, actor: ws.reviewer1, input: { claimId: claim.id, label: "CORROBORATED", rationale: "Wire agrees.", evidence, baseVersion: 0 } });
    await saveVerdict({ db, actor: ws.reviewer2, input: { claimId: claim.id, label: "CONTESTED", rationale: "Only one source.", baseVersion: 0 } });
    await addComment({ db, actor: ws.editor, input: { claimId: claim.id, body: "會談 — check the second report." } });
  }
  await setFinalVerdict({ db, actor: ws.editor, input: { claimId: claims[0]!.id, label: "CORROBORATED", rationale: "Two wires agree." } });

  const file = path.join(dir, "factdesk.dump");
  await backupDatabase(source.url, file);
  await restoreDatabase(target.url, file);

  const [before, after] = [await fingerprint(source.url), await fingerprint(target.url)];
  const same = TABLES.filter((t) => before[t] === after[t]);
  recordSummary({ metric: "Backup and restore: tables identical after the round trip", tried: TABLES.length, ok: same.length });
  expect(after).toEqual(before);
  expect(Number(after.AuditEvent!.split(":")[0])).toBeGreaterThan(0);

  // The append-only audit trigger came back with the schema.
  await expect(restored.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
  // So did the statistics triggers: a new verdict in the restored database updates ClaimStats.
  const reviewer3 = await restored.user.create({ data: { email: "third@restore.test", name: "Third", role: "REVIEWER", passwordHash: "x" }, select: { id: true, email: true, name: true, role: true } });
  await saveVerdict({ db: restored, actor: reviewer3, input: { claimId: claims[1]!.id, label: "CONTRADICTED", rationale: "Disputed.", baseVersion: 0 } });
  const stats = await restored.claimStats.findUniqueOrThrow({ where: { claimId: claims[1]!.id } });
  expect([stats.corroborated, stats.contested, stats.contradicted, stats.reviewers, stats.disputed]).toEqual([1, 1, 1, 3, true]);
});
