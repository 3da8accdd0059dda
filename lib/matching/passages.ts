import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import { normalizeText } from "@/lib/text/normalize";
import { segmentSentences } from "@/lib/text/segment";

type TTx = Prisma.TransactionClient | Db;

const PASSAGE_BATCH = 5_000;
// Indexing a very long source (hundreds of thousands of characters) takes longer than a request's
// transaction is allowed; it happens once per source.
const BACKFILL_TIMEOUT_MS = 300_000;

/** Rebuilds a source's passages (its sentences) from its clean text; call inside the writing transaction. */
export async function writePassages(tx: TTx, source: { id: string; investigationId: string; cleanText: string }): Promise<number> {
  await tx.passage.deleteMany({ where: { sourceId: source.id } });
  const spans = segmentSentences(source.cleanText);
  const rows = spans.map((span, ordinal) => ({ sourceId: source.id, investigationId: source.investigationId, ordinal, start: span.start, end: span.end, text: span.text, normalized: normalizeText(span.text) }));
  // Bounded statements: a book-length source has tens of thousands of sentences.
  for (let from = 0; from < rows.length; from += PASSAGE_BATCH) await tx.passage.createMany({ data: rows.slice(from, from + PASSAGE_BATCH) });
  return rows.length;
}

/**
 * Sources filed before passages existed, or loaded in bulk by other tools, get theirs on first use.
 * Each source is indexed in its own transaction; a concurrent indexer of the same source loses on
 * the unique (sourceId, ordinal) key and its rows roll back, leaving one complete set.
 */
export async function indexMissingPassages(db: Db, investigationId: string): Promise<number> {
  const missing = await db.$queryRaw<{ id: string }[]>`
    SELECT s.id FROM "Source" s
    WHERE s."investigationId" = ${investigationId}
      AND NOT EXISTS (SELECT 1 FROM "Passage" p WHERE p."sourceId" = s.id)`;
  let indexed = 0;
  for (const { id } of missing) {
    try {
      await db.$transaction(async (tx) => {
        const source = await tx.source.findUniqueOrThrow({ where: { id }, select: { id: true, investigationId: true, cleanText: true } });
        indexed += await writePassages(tx, source);
      }, { timeout: BACKFILL_TIMEOUT_MS });
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002") throw error;
    }
  }
  return indexed;
}
