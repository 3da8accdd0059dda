import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { importSource, type TImportResult } from "./import-source";
import { canImportSources } from "./permissions";
import { readUploadedFile } from "./read-upload";

/**
 * Imports the one file of a multipart upload. Permission is checked before the body is read, so a
 * reviewer's upload is refused without the server taking in up to 5 MB first.
 */
export async function importUpload({ db, actor, input }: { db: Db; actor: Actor; input: { investigationId: string; request: Request } }): Promise<TImportResult> {
  if (!canImportSources(actor)) throw new AppError("FORBIDDEN", "Only editors and admins can import sources.");
  const file = await readUploadedFile(input.request);
  return importSource({ db, actor, input: { investigationId: input.investigationId, fileName: file.fileName, bytes: file.bytes } });
}
