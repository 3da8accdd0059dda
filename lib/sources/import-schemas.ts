import { z } from "zod";

// One schema for the "Paste text" form and POST /api/v1/sources, so both report the same field errors.

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    // An empty form field means "not given", not "the empty string".
    .transform((value) => (value ? value : undefined));

const WEB_ADDRESS = "Give a web address starting with http:// or https://";

export const ZImportText = z.object({
  investigationId: z.string().trim().min(1, "investigationId is required").max(64).describe("The investigation to file the source in"),
  title: z.string().trim().min(1, "Give the source a title").max(500, "Keep the title under 500 characters").describe("Headline as the desk records it"),
  // Not trimmed: the text is stored exactly as given. Whitespace-only text is refused as 422 by the importer.
  text: z.string().min(1, "Paste the text of the source").describe("The article text, at most 5 MB as UTF-8"),
  publisher: optionalText(300, "Keep the publisher under 300 characters").describe("Outlet or site"),
  url: z
    .union([z.literal(""), z.url({ protocol: /^https?$/, error: WEB_ADDRESS })], { error: WEB_ADDRESS })
    .optional()
    .transform((value) => (value ? value : undefined))
    .describe("Where the source was collected from (http or https)"),
  published: z
    .union([z.literal(""), z.iso.date(), z.iso.datetime({ local: true, offset: true })], { error: "Give the date as YYYY-MM-DD (or an ISO 8601 date-time)" })
    .optional()
    .transform((value) => (value ? value : undefined))
    .describe("Publication date (YYYY-MM-DD) or ISO 8601 date-time; without an offset it is read as UTC"),
});

export type TImportTextInput = z.input<typeof ZImportText>;
export type TImportText = z.output<typeof ZImportText>;

export const ZImportResult = z.object({
  sourceId: z.string().describe("The new source, or the existing one with identical content"),
  title: z.string().describe("Its title (for a duplicate: the existing source's title)"),
  status: z.enum(["imported", "unchanged"]).describe("imported (201) or unchanged: an exact duplicate already in the investigation (200)"),
}).meta({ id: "ImportResult" });
