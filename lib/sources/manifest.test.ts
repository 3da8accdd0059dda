import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { findManifestEntry, parseManifest } from "./manifest";

const demoManifest = readFileSync(fileURLToPath(new URL("../../prisma/demo/manifest.json", import.meta.url)), "utf8");
const source = { file: "a.txt", title: "Title", publisher: null, url: null, published: null, languages: ["en"], format: "plain text" };
function causeOf(run: () => unknown): ZodError {
  try {
    run();
  } catch (error) {
    const cause = (error as Error).cause;
    if (cause instanceof ZodError) return cause;
    throw error;
  }
  throw new Error("the manifest was accepted");
}
const withSource = (patch: Record<string, unknown>) => ({ about: "x", sources: [{ ...source, ...patch }] });

describe("parseManifest", () => {
  it("reads the demo corpus manifest", () => {
    const manifest = parseManifest(JSON.parse(demoManifest));
    expect(manifest.sources.map((s) => s.file)).toEqual([
      "000_04c923e9e2a2d394.txt",
      "001_882cca5b5e696ba3.txt",
      "002_0999f191fb41fc01.txt",
      "003_1aceba9d999669b9.txt",
      "004_4da7ae27dc7d0813.txt",
    ]);
    expect(findManifestEntry(manifest, "003_1aceba9d999669b9.txt")).toMatchObject({
      title: "泽连斯基称准备好与美国达成协议 乌克兰和俄罗斯停战谈判面临哪些困难",
      published: "2025-02-21T10:14:03",
      languages: ["zh-Hans"],
      publisher: null,
    });
    expect(findManifestEntry(manifest, "missing.txt")).toBeUndefined();
  });

  it("accepts JSON text and fills in missing optional fields", () => {
    const manifest = parseManifest(JSON.stringify({ sources: [{ file: "b.md", title: " B " }] }));
    expect(manifest).toEqual({
      about: "",
      sources: [{ file: "b.md", title: "B", publisher: null, url: null, published: null, languages: [] }],
    });
  });

  it.each([
    ["a file name with folders", { file: "../secrets.txt" }, ["sources", 0, "file"]],
    ["a Windows path", { file: "..\\x.txt" }, ["sources", 0, "file"]],
    ["an empty title", { title: "  " }, ["sources", 0, "title"]],
    ["a non-http url", { url: "javascript:alert(1)" }, ["sources", 0, "url"]],
    ["a date that is no date", { published: "20 Feb 2025" }, ["sources", 0, "published"]],
    ["an impossible date", { published: "2025-02-30" }, ["sources", 0, "published"]],
    ["languages that are not a list", { languages: "en" }, ["sources", 0, "languages"]],
  ])("rejects %s", (_, patch, path) => {
    const cause = causeOf(() => parseManifest(withSource(patch)));
    expect(cause.issues.map((issue) => issue.path)).toEqual([path]);
  });

  it("rejects a file listed twice, with a message a person can read", () => {
    const manifest = { about: "x", sources: [source, source] };
    expect(() => parseManifest(manifest)).toThrow('Invalid manifest:\n✖ "a.txt" is listed twice\n  → at sources[1].file');
    expect(causeOf(() => parseManifest(manifest)).issues).toHaveLength(1);
  });

  it("rejects text that is not JSON", () => {
    expect(() => parseManifest("{ sources: ")).toThrow(SyntaxError);
  });

  it("accepts dates with and without time and offset", () => {
    for (const published of ["2025-02-20", "2025-02-21T10:14:03", "2025-02-21T10:14", "2025-02-21T10:14:03Z", "2025-02-21T10:14:03+08:00"]) {
      expect(parseManifest(withSource({ published })).sources[0]?.published).toBe(published);
    }
  });
});
