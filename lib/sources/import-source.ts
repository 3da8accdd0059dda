import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { writePassages } from "@/lib/matching/passages";
import { parseDocument, type TManifestEntryInput } from "./parse-document";
import { canImportSources } from "./permissions";

export type TImportInput = {
  investigationId: string;
  fileName: string;
  bytes: Uint8Array;
  manifestEntry?: TManifestEntryInput | undefined;
};

export type TImportResult =
  | { status: "imported"; sourceId: string; title: string }
  | { status: "unchanged"; sourceId: string; title: string };

/**
 * Parses, cleans and files one document. Parsing happens before any write, and the source row and
 * its audit entry are written in one transaction, so a refused or failed import leaves nothing.
 * Re-importing identical bytes into the same investigation is a no-op that reports the existing source.
 */
export async function importSource({ db, actor, input }: { db: Db; actor: Actor; input: TImportInput }): Promise<TImportResult> {
  if (!canImportSources(actor)) throw new AppError("FORBIDDEN", "Only editors and admins can import sources.");
  const investigation = await db.investigation.findUnique({ where: { id: input.investigationId }, select: { id: true } });
  if (!investigation) throw new AppError("NOT_FOUND", "That investigation does not exist.");

  const doc = parseDocument({ fileName: input.fileName, bytes: input.bytes, manifestEntry: input.manifestEntry });
  const { contentHash } = doc;
  const existing = await findByHash(db, input.investigationId, contentHash);
  if (existing) return { status: "unchanged", sourceId: existing.id, title: existing.title };

  try {
    const source = await db.$transaction(async (tx) => {
      const created = await tx.source.create({
        data: {
          investigationId: input.investigationId,
          title: doc.title,
          publisher: doc.publisher,
          url: doc.url,
          publishedAt: doc.publishedAt,
          publishedHasTime: doc.publishedHasTime,
          languages: doc.languages,
          primaryLanguage: doc.primaryLanguage,
          summary: doc.summary,
          fileName: input.fileName,
          format: doc.format,
          rawText: doc.rawText,
          cleanText: doc.cleanText,
          contentHash,
          importedById: actor.id,
        },
        select: { id: true, title: true },
      });
      await writePassages(tx, { id: created.id, investigationId: input.investigationId, cleanText: doc.cleanText });
      await recordAudit(tx, {
        actor,
        action: "source.import",
        entityType: "Source",
        entityId: created.id,
        data: { fileName: input.fileName, contentHash, languages: doc.languages },
      });
      return created;
      // A 5 MB source is tens of thousands of sentences to index with it.
    }, { timeout: 60_000 });
    return { status: "imported", sourceId: source.id, title: source.title };
  } catch (error) {
    // A concurrent import of the same bytes won the race on the unique (investigation, hash) index.
    if ((error as { code?: string }).code === "P2002") {
      const winner = await findByHash(db, input.investigationId, contentHash);
      if (winner) return { status: "unchanged", sourceId: winner.id, title: winner.title };
    }
    throw error;
  }
}

function findByHash(db: Db, investigationId: string, contentHash: string) {
  return db.source.findUnique({
    where: { investigationId_contentHash: { investigationId, contentHash } },
    select: { id: true, title: true },
  });
}
