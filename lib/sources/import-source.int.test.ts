import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { importSource } from "./import-source";
import { parseManifest } from "./manifest";
import { MAX_IMPORT_BYTES } from "./parse-document";

const DEMO = path.resolve(import.meta.dirname, "../../prisma/demo");
let editor: Actor;
let reviewer: Actor;
let investigationId: string;

async function tableCounts() {
  const [sources, audit] = await Promise.all([db.source.count(), db.auditEvent.count()]);
  return { sources, audit };
}

beforeAll(async () => {
  const select = { id: true, email: true, name: true, role: true } as const;
  editor = await db.user.create({ data: { email: "ed@x.test", name: "Ed", role: "EDITOR", passwordHash: "x" }, select });
  reviewer = await db.user.create({ data: { email: "rev@x.test", name: "Rev", role: "REVIEWER", passwordHash: "x" }, select });
  investigationId = (await db.investigation.create({ data: { slug: "t", name: "Test" }, select: { id: true } })).id;
});

describe("importing the five demo sources", async () => {
  const manifest = parseManifest(JSON.parse(await readFile(path.join(DEMO, "manifest.json"), "utf8")));
  const expected: Record<string, { date: string; primary: string; also?: string }> = {
    "000_04c923e9e2a2d394.txt": { date: "2025-02-20", primary: "zh-Hant", also: "en" },
    "001_882cca5b5e696ba3.txt": { date: "", primary: "zh-Hant" },
    "002_0999f191fb41fc01.txt": { date: "2025-02-13", primary: "zh-Hant" },
    "003_1aceba9d999669b9.txt": { date: "2025-02-21T10:14:03", primary: "zh-Hans" },
    "004_4da7ae27dc7d0813.txt": { date: "2025-02-14T08:41:48", primary: "zh-Hans" },
  };

  for (const entry of manifest.sources) {
    it(`files ${entry.file} with its metadata and clean text`, async () => {
      const bytes = new Uint8Array(await readFile(path.join(DEMO, entry.file)));
      const result = await importSource({ db, actor: editor, input: { investigationId, fileName: entry.file, bytes, manifestEntry: entry } });
      expect(result.status).toBe("imported");
      const source = await db.source.findUniqueOrThrow({ where: { id: result.sourceId } });
      const want = expected[entry.file]!;
      expect(source.title).toBe(entry.title);
      expect(source.primaryLanguage).toBe(want.primary);
      expect(source.languages[0]).toBe(want.primary);
      if (want.also) expect(source.languages).toContain(want.also);
      if (want.date) expect(source.publishedAt?.toISOString()).toMatch(new RegExp(`^${want.date}`));
      else expect(source.publishedAt).toBeNull();
      expect(source.rawText).toBe(new TextDecoder().decode(bytes));
      for (const chrome of ["跳转到内容", "[编辑]", "推荐阅读", "当前位置", "thumbnail:", "**"]) {
        expect(source.cleanText).not.toContain(chrome);
      }
      expect(source.cleanText.normalize("NFC")).toBe(source.cleanText);
      const audit = await db.auditEvent.findFirst({ where: { entityId: source.id, action: "source.import" } });
      expect(audit?.actorId).toBe(editor.id);
    });
  }

  it("re-importing the same file changes nothing and says so", async () => {
    const before = await tableCounts();
    const file = manifest.sources[0]!;
    const bytes = new Uint8Array(await readFile(path.join(DEMO, file.file)));
    const result = await importSource({ db, actor: editor, input: { investigationId, fileName: file.file, bytes } });
    expect(result.status).toBe("unchanged");
    expect(await tableCounts()).toEqual(before);
  });
});

describe("bad input is refused with a message naming the file, and writes nothing", () => {
  const cases: [string, string, Uint8Array, RegExp, number][] = [
    ["empty", "empty.txt", new Uint8Array(), /^empty\.txt: .*empty/, 422],
    ["binary", "photo.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]), /^photo\.txt: .*binary/i, 422],
    ["invalid UTF-8", "latin1.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), /^latin1\.txt: .*UTF-8/, 422],
    ["over 5 MB", "huge.txt", new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61), /^huge\.txt: .*5 MB/, 413],
    ["unsupported type", "report.pdf", new TextEncoder().encode("%PDF-1.7 text"), /^report\.pdf: /, 422],
  ];

  for (const [label, fileName, bytes, message, status] of cases) {
    it(`refuses ${label}`, async () => {
      const before = await tableCounts();
      const error = await importSource({ db, actor: editor, input: { investigationId, fileName, bytes } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toMatch(message);
      expect((error as AppError).status).toBe(status);
      expect(await tableCounts()).toEqual(before);
    });
  }

  it("refuses reviewers, who cannot import sources", async () => {
    const bytes = new TextEncoder().encode("A short article.\n\nIt has two paragraphs.");
    await expect(importSource({ db, actor: reviewer, input: { investigationId, fileName: "a.txt", bytes } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
