import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/validation";
import { importSource, type TImportResult } from "./import-source";
import { ZImportText } from "./import-schemas";
import { canImportSources } from "./permissions";

/**
 * Files pasted text through the same pipeline as an uploaded file: the text becomes the UTF-8 bytes
 * of a .txt named after the title, and the given metadata is its manifest entry, so it outranks
 * anything the importer would infer from the text.
 */
export async function importText({ db, actor, input }: { db: Db; actor: Actor; input: unknown }): Promise<TImportResult> {
  // Checked before parsing so a reviewer learns they cannot import, not what is wrong with the form.
  if (!canImportSources(actor)) throw new AppError("FORBIDDEN", "Only editors and admins can import sources.");
  const { investigationId, title, text, publisher, url, published } = parseInput(ZImportText, input);
  return importSource({
    db,
    actor,
    input: {
      investigationId,
      fileName: fileNameFor(title),
      bytes: new TextEncoder().encode(text),
      manifestEntry: { title, publisher: publisher ?? null, url: url ?? null, published: published ?? null },
    },
  });
}

/** "Talks in Riyadh: day 2" → "talks-in-riyadh-day-2.txt"; letters of any script are kept. */
export function fileNameFor(title: string): string {
  const stem = title
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  // Cut on code points, not UTF-16 units, so a CJK title never ends in half a surrogate pair.
  const short = [...stem].slice(0, 80).join("").replace(/-+$/, "");
  return `${short || "pasted-text"}.txt`;
}
