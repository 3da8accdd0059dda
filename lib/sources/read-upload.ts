import { AppError } from "@/lib/server/errors";
import { readBodyPrefix } from "@/lib/server/read-body";
import { ImportRefusedError, MAX_IMPORT_BYTES } from "./decode-source";

// Reads the one file of a multipart/form-data upload without ever holding more than the import
// limit plus the form's envelope in memory: the body is counted while it streams, before parsing.

/** Room for the multipart boundaries and part headers around a file of the maximum size. */
export const MAX_UPLOAD_BODY_BYTES = MAX_IMPORT_BYTES + 64 * 1024;
export const UPLOAD_FIELD = "file";

// Enough of the body to hold the first part's headers, where the file name is.
const NAME_PREFIX_BYTES = 16 * 1024;

export type TUploadedFile = { fileName: string; bytes: Uint8Array };

export async function readUploadedFile(request: Request, maxBytes = MAX_UPLOAD_BODY_BYTES): Promise<TUploadedFile> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;/i.test(contentType)) {
    throw new AppError("BAD_REQUEST", `Send the file as multipart/form-data, in one field named "${UPLOAD_FIELD}".`);
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  const body = await readBodyPrefix(request, declared > maxBytes ? NAME_PREFIX_BYTES : maxBytes);
  if (declared > maxBytes || body.truncated) {
    throw new ImportRefusedError(fileNameIn(body.bytes) ?? "The file", "TOO_LARGE", "the file is too large (over 5 MB; the limit is 5 MB)");
  }
  let form: FormData;
  try {
    form = await new Response(body.bytes, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("BAD_REQUEST", "The upload is not valid multipart/form-data.");
  }
  const files = form.getAll(UPLOAD_FIELD).filter((value): value is File => typeof value !== "string");
  if (files.length !== 1 || !files[0]) {
    throw new AppError("BAD_REQUEST", `Send exactly one file per request, in a field named "${UPLOAD_FIELD}".`, {
      fields: [{ path: UPLOAD_FIELD, message: files.length === 0 ? "No file was sent" : "Only one file per request" }],
    });
  }
  return { fileName: baseName(files[0].name), bytes: new Uint8Array(await files[0].arrayBuffer()) };
}

/**
 * The file name from the first part's Content-Disposition, so that a refusal can name the file even
 * when the body was too large to parse. Browsers send it as UTF-8 with `"` escaped as %22.
 */
export function fileNameIn(prefix: Uint8Array): string | null {
  const head = new TextDecoder("utf-8", { fatal: false }).decode(prefix.subarray(0, NAME_PREFIX_BYTES));
  const quoted = /content-disposition:[^\r\n]*;\s*filename="([^"\r\n]*)"/i.exec(head)?.[1];
  const name = quoted?.replace(/%22/g, '"');
  return name ? baseName(name) : null;
}

/** What the file is called, without any folders a client might have sent along. */
function baseName(name: string): string {
  const base = name.split(/[/\\]/).pop()?.trim() ?? "";
  return [...(base || "upload")].slice(0, 255).join("");
}
