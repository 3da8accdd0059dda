import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { createUser } from "@/lib/testing/workspace-fixtures";
import { MAX_IMPORT_BYTES } from "./decode-source";
import { importText } from "./import-text";
import { importUpload } from "./import-upload";

let editor: Actor;
let reviewer: Actor;
let investigationId: string;
const TEXT = "Negotiators met in Riyadh on Tuesday. The talks lasted four and a half hours, officials said.";

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  editor = await createUser(db, "EDITOR", "Ed Editor");
  reviewer = await createUser(db, "REVIEWER", "Rae Reviewer");
  investigationId = (await db.investigation.create({ data: { slug: "paste", name: "Paste" }, select: { id: true } })).id;
});

describe("importText", () => {
  it("files pasted text with the given metadata winning over inference, and audits it", async () => {
    const input = { investigationId, title: "Riyadh talks: day one", text: `2024-01-01\n${TEXT}`, publisher: "  Wire  ", url: "https://example.org/a", published: "2025-02-18" };
    const result = await importText({ db, actor: editor, input });
    expect(result).toMatchObject({ status: "imported", title: "Riyadh talks: day one" });
    const source = await db.source.findUniqueOrThrow({ where: { id: result.sourceId } });
    expect(source).toMatchObject({ fileName: "riyadh-talks-day-one.txt", format: "txt", publisher: "Wire", url: "https://example.org/a", rawText: `2024-01-01\n${TEXT}`, primaryLanguage: "en", importedById: editor.id });
    expect(source.publishedAt?.toISOString()).toBe("2025-02-18T00:00:00.000Z");
    expect(await db.auditEvent.count({ where: { entityId: source.id, action: "source.import" } })).toBe(1);
  });

  it("reports an exact duplicate as unchanged with the existing source's title, whatever the new title", async () => {
    const first = await importText({ db, actor: editor, input: { investigationId, title: "Original", text: `Duplicate check. ${TEXT}` } });
    const again = await importText({ db, actor: editor, input: { investigationId, title: "Renamed", text: `Duplicate check. ${TEXT}` } });
    expect(again).toEqual({ status: "unchanged", sourceId: first.sourceId, title: "Original" });
  });

  it("treats empty optional fields as not given", async () => {
    const result = await importText({ db, actor: editor, input: { investigationId, title: "Blank fields", text: `Blank. ${TEXT}`, publisher: "", url: "", published: "" } });
    const source = await db.source.findUniqueOrThrow({ where: { id: result.sourceId } });
    expect(source).toMatchObject({ publisher: null, url: null, publishedAt: null });
  });

  it("refuses reviewers (403) before looking at the input", async () => {
    expect((await failure(importText({ db, actor: reviewer, input: {} }))).status).toBe(403);
  });

  it("answers invalid fields with 400 and a message per field", async () => {
    const error = await failure(importText({ db, actor: editor, input: { investigationId, title: " ", text: "", url: "ftp://x.org/a", published: "18/02/2025" } }));
    expect(error.status).toBe(400);
    const fields = (error.details as { fields: { path: string; message: string }[] }).fields;
    expect(Object.fromEntries(fields.map((f) => [f.path, f.message]))).toEqual({
      title: "Give the source a title",
      text: "Paste the text of the source",
      url: "Give a web address starting with http:// or https://",
      published: "Give the date as YYYY-MM-DD (or an ISO 8601 date-time)",
    });
  });

  it("refuses content the importer will not take: 422 for blank or binary-like text, 413 over 5 MB, 404 for no investigation", async () => {
    const blank = await failure(importText({ db, actor: editor, input: { investigationId, title: "Blank", text: " \n\t " } }));
    expect(blank.status).toBe(422);
    expect(blank.message).toBe("blank.txt: no readable text is left once markup and site chrome are removed");
    const binary = await failure(importText({ db, actor: editor, input: { investigationId, title: "Controls", text: "\u0001\u0002\u0003 abc" } }));
    expect(binary.status).toBe(422);
    expect(binary.message).toContain("binary");
    const huge = await failure(importText({ db, actor: editor, input: { investigationId, title: "Huge", text: "a".repeat(MAX_IMPORT_BYTES + 1) } }));
    expect(huge.status).toBe(413);
    expect(huge.message).toMatch(/^huge\.txt: the file is too large/);
    expect((await failure(importText({ db, actor: editor, input: { investigationId: "nope", title: "T", text: TEXT } }))).status).toBe(404);
    expect(await db.source.count({ where: { title: { in: ["Blank", "Controls", "Huge"] } } })).toBe(0);
  });
});

describe("importUpload", () => {
  const upload = (name: string, content: BlobPart) => {
    const form = new FormData();
    form.append("file", new File([content], name));
    return new Request("http://desk.test/", { method: "POST", body: form });
  };

  it("imports an uploaded file, then reports the same bytes as a duplicate", async () => {
    const first = await importUpload({ db, actor: editor, input: { investigationId, request: upload("notes.md", `---\ntitle: Field notes\n---\n${TEXT}`) } });
    expect(first).toMatchObject({ status: "imported", title: "Field notes" });
    const again = await importUpload({ db, actor: editor, input: { investigationId, request: upload("copy.md", `---\ntitle: Field notes\n---\n${TEXT}`) } });
    expect(again).toEqual({ status: "unchanged", sourceId: first.sourceId, title: "Field notes" });
  });

  it("refuses reviewers before reading the upload, and binary files with the file's name", async () => {
    const request = upload("notes.md", TEXT);
    expect((await failure(importUpload({ db, actor: reviewer, input: { investigationId, request } }))).status).toBe(403);
    expect(request.bodyUsed).toBe(false);
    const binary = await failure(importUpload({ db, actor: editor, input: { investigationId, request: upload("photo.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])) } }));
    expect(binary.status).toBe(422);
    expect(binary.message).toBe("photo.txt: this is a binary file, not text (it contains NUL bytes)");
  });
});
