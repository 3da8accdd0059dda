// npm run import -- <files…> [--investigation <slug>] [--as <email>]
// npm run import -- --replace <sourceId> <corrected-file>   (re-anchors the source's claims)
// Files each import in their own transaction; a refused file is reported and the rest go on.
import { open } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEMO_INVESTIGATION } from "@/lib/demo/seed-demo";
import { db } from "@/lib/server/db";
import { describeError } from "@/lib/server/describe-error";
import { importSource } from "@/lib/sources/import-source";
import { replaceSourceText } from "@/lib/sources/replace-source-text";
import { MAX_IMPORT_BYTES } from "@/lib/sources/parse-document";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { investigation: { type: "string", default: DEMO_INVESTIGATION.slug }, as: { type: "string" }, replace: { type: "string" } },
});
if (positionals.length === 0) {
  console.error("usage: npm run import -- <file.txt|file.md|file.html …> [--investigation <slug>] [--as <email>]");
  process.exit(2);
}

const investigation = await db.investigation.findUnique({ where: { slug: values.investigation }, select: { id: true, name: true } });
if (!investigation) fail(`No investigation with slug "${values.investigation}". Run "npm run db:seed" or pass --investigation.`);
const actor = await db.user.findFirst({
  where: values.as ? { email: values.as.toLowerCase(), active: true } : { role: "ADMIN", active: true },
  orderBy: { createdAt: "asc" },
  select: { id: true, email: true, name: true, role: true },
});
if (!actor) fail(values.as ? `No active user ${values.as}.` : "No active admin to import as; create one with npm run user:create.");

if (values.replace) {
  const file = positionals[0]!;
  try {
    const bytes = await readAtMost(file, MAX_IMPORT_BYTES + 1);
    const summary = await replaceSourceText({ db, actor, input: { sourceId: values.replace, fileName: path.basename(file), bytes } });
    console.log(`✔ replaced the text of ${values.replace}: ${summary.kept} claims/passages in place, ${summary.moved} moved, ${summary.fuzzy} matched approximately, ${summary.orphaned} orphaned`);
  } catch (error) {
    fail(`✘ ${describeError(error, path.basename(file))}`);
  }
  await db.$disconnect();
  process.exit(0);
}

let refused = 0;
for (const file of positionals) {
  const fileName = path.basename(file);
  try {
    const bytes = await readAtMost(file, MAX_IMPORT_BYTES + 1);
    const result = await importSource({ db, actor, input: { investigationId: investigation.id, fileName, bytes } });
    console.log(result.status === "imported" ? `✔ imported ${fileName} → “${result.title}” (${result.sourceId})` : `• ${fileName}: already imported as “${result.title}”, nothing changed`);
  } catch (error) {
    refused += 1;
    console.error(`✘ ${describeError(error, fileName)}`);
  }
}
await db.$disconnect();
process.exit(refused > 0 ? 1 : 0);

/** Reads one byte past the limit at most: enough for the importer to refuse an oversized file. */
async function readAtMost(file: string, limit: number): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const buffer = new Uint8Array(Math.min(limit, (await handle.stat()).size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
