import { z } from "zod";

// The manifest a desk files alongside a corpus (prisma/demo/manifest.json): what it recorded about
// each source. Its metadata outranks anything read from the files themselves.

export const ZManifestSource = z
  .object({
    file: z
      .string()
      .min(1)
      // The importer joins this onto the corpus folder, so it must not be able to leave it.
      .regex(/^(?!\.{1,2}$)[^/\\\0]+$/, "a bare file name, without folders")
      .describe("File name inside the corpus folder"),
    title: z.string().trim().min(1).describe("Headline as the desk records it"),
    publisher: z.string().trim().min(1).nullable().default(null).describe("Outlet or site, when known"),
    url: z
      .url({ protocol: /^https?$/ })
      .nullable()
      .default(null)
      .describe("Where the source was collected from"),
    published: z
      .union([z.iso.date(), z.iso.datetime({ local: true, offset: true })])
      .nullable()
      .default(null)
      .describe("Publication date or date-time; without an offset it is read as UTC"),
    languages: z
      .array(z.string().min(1))
      .default([])
      .describe("BCP 47 tags, primary first, e.g. zh-Hant, zh-Hans, en"),
    format: z.string().optional().describe("Free-text note on how the file was collected"),
  })
  .describe("One source file and its recorded metadata");

export const ZManifest = z
  .object({
    about: z.string().default("").describe("What the corpus is"),
    sources: z.array(ZManifestSource),
  })
  .superRefine((manifest, ctx) => {
    const seen = new Set<string>();
    manifest.sources.forEach((source, index) => {
      if (seen.has(source.file)) {
        ctx.addIssue({ code: "custom", path: ["sources", index, "file"], message: `"${source.file}" is listed twice` });
      }
      seen.add(source.file);
    });
  })
  .describe("A corpus manifest");

export type TManifest = z.infer<typeof ZManifest>;
export type TManifestSource = z.infer<typeof ZManifestSource>;

/**
 * Validates a manifest, given as parsed JSON or as JSON text. Throws an Error whose message lists
 * each problem readably (for the command line); the ZodError is its cause.
 */
export function parseManifest(json: unknown): TManifest {
  const result = ZManifest.safeParse(typeof json === "string" ? JSON.parse(json) : json);
  if (result.success) return result.data;
  throw new Error(`Invalid manifest:\n${z.prettifyError(result.error)}`, { cause: result.error });
}

export function findManifestEntry(manifest: TManifest, fileName: string): TManifestSource | undefined {
  return manifest.sources.find((source) => source.file === fileName);
}
