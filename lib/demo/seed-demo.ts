import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import { seedEntities } from "@/lib/entities/seed-entities";
import { indexMissingPassages } from "@/lib/matching/passages";
import { importSource, type TImportResult } from "@/lib/sources/import-source";
import { parseManifest } from "@/lib/sources/manifest";
import { unsafeCreateUser } from "@/lib/users/create-user";

export const DEMO_INVESTIGATION = {
  slug: "us-russia-ukraine-2025-02",
  name: "US–Russia talks on Ukraine, Feb 2025",
  description:
    "Five reports, in Traditional Chinese, Simplified Chinese and English, on the February 2025 US–Russia talks about ending the war in Ukraine. They disagree on borders, NATO membership and who sits at the table.",
};

export const DEMO_USERS = [
  { email: "admin@factdesk.test", name: "Ada Admin", role: "ADMIN" },
  { email: "editor@factdesk.test", name: "Elena Editor", role: "EDITOR" },
  { email: "reviewer1@factdesk.test", name: "Li Wei", role: "REVIEWER" },
  { email: "reviewer2@factdesk.test", name: "Chen Mei", role: "REVIEWER" },
  { email: "reviewer3@factdesk.test", name: "Sam Reviewer", role: "REVIEWER" },
] as const;

export type TSeedReport = { users: { email: string; created: boolean }[]; sources: TImportResult[]; entities: { entities: number; names: number } };

/** Idempotent: existing users keep their passwords, identical sources are not imported twice. */
export async function seedDemo({ db, demoDir, password }: { db: Db; demoDir: string; password: string }): Promise<TSeedReport> {
  const users: TSeedReport["users"] = [];
  for (const user of DEMO_USERS) {
    const exists = await db.user.findUnique({ where: { email: user.email }, select: { id: true } });
    if (!exists) await unsafeCreateUser({ db, actor: null, input: { ...user, password } });
    users.push({ email: user.email, created: !exists });
  }
  const admin = await db.user.findUniqueOrThrow({
    where: { email: DEMO_USERS[0].email },
    select: { id: true, email: true, name: true, role: true },
  });
  const investigation = await db.investigation.upsert({
    where: { slug: DEMO_INVESTIGATION.slug },
    create: { ...DEMO_INVESTIGATION, createdById: admin.id },
    update: {},
    select: { id: true },
  });
  const manifest = parseManifest(JSON.parse(await readFile(path.join(demoDir, "manifest.json"), "utf8")));
  const sources: TImportResult[] = [];
  for (const entry of manifest.sources) {
    const bytes = new Uint8Array(await readFile(path.join(demoDir, entry.file)));
    sources.push(
      await importSource({
        db,
        actor: admin satisfies Actor,
        input: { investigationId: investigation.id, fileName: entry.file, bytes, manifestEntry: entry },
      }),
    );
  }
  // Sources filed by an older version have no passages yet; the alias table seeds once and then
  // belongs to the editors.
  await indexMissingPassages(db, investigation.id);
  // Names (people, places, organisations) and the story's glossary (terms across languages).
  const names = await seedEntities(db, path.join(demoDir, "entity-aliases.json"));
  const terms = await seedEntities(db, path.join(demoDir, "glossary.json"));
  const entities = { entities: names.entities + terms.entities, names: names.names + terms.names };
  return { users, sources, entities };
}
