// tsx scripts/render-report-pdf.ts <investigationId|slug> out.pdf [--query "language=zh-Hant&disputed=true"]
// Writes an investigation's verdict report as the first active admin, against DATABASE_URL
// (or: node scripts/with-db.mjs -- tsx scripts/render-report-pdf.ts …).
import { createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { parseArgs } from "node:util";
import { renderPdfReport } from "@/lib/reports/pdf";
import { db } from "@/lib/server/db";
import { describeError } from "@/lib/server/describe-error";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { query: { type: "string", default: "" } } });
const [key, out] = positionals;
if (!key || !out) {
  console.error('usage: tsx scripts/render-report-pdf.ts <investigationId|slug> out.pdf [--query "language=zh-Hant&disputed=true"]');
  process.exit(2);
}

try {
  const investigation = await db.investigation.findFirst({ where: { OR: [{ id: key }, { slug: key }] }, select: { id: true, name: true } });
  if (!investigation) throw new Error(`No investigation with id or slug "${key}".`);
  const actor = await db.user.findFirst({ where: { role: "ADMIN", active: true }, orderBy: { createdAt: "asc" }, select: { id: true, email: true, name: true, role: true } });
  if (!actor) throw new Error("No active admin to print as; create one with npm run user:create.");
  const started = performance.now();
  const query = Object.fromEntries(new URLSearchParams(values.query));
  const stream = await renderPdfReport({ db, actor, input: { investigationId: investigation.id, query } });
  await pipeline(Readable.fromWeb(stream as NodeReadableStream<Uint8Array>), createWriteStream(out));
  const { size } = await stat(out);
  console.log(`✔ ${out}: “${investigation.name}”, ${(size / 1024).toFixed(0)} KiB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`✘ ${describeError(error, key)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
