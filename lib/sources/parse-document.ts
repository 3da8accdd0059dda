import { createHash } from "node:crypto";
import { cleanText, inferTitle, type TSourceFormat } from "./clean-text";
import { findDateInText, parseDateValue, type TFoundDate } from "./dates";
import { decodeSourceBytes, ImportRefusedError } from "./decode-source";
import { detectLanguages, normalizeLanguageTag, type TLanguage } from "./detect-language";
import { HtmlTooDeepError, htmlToText } from "./html-text";
import type { TManifestSource } from "./manifest";
import { frontMatterList, frontMatterString, splitFrontMatter } from "./markdown";

// Turns one uploaded file into everything the desk stores about a source. Pure: no database, no
// framework; bad input is refused with an ImportRefusedError before anything is written.
// Metadata precedence: the manifest entry, then what the file declares (front matter, <title>,
// <meta>), then what can be inferred from the text.

export { ImportRefusedError, MAX_IMPORT_BYTES, type TRefusalReason } from "./decode-source";
export type { TSourceFormat } from "./clean-text";

export type TManifestEntryInput = Partial<Pick<TManifestSource, "title" | "publisher" | "url" | "published" | "languages">>;

export type TParsedDocument = {
  format: TSourceFormat;
  /** The decoded file exactly as given (minus a byte-order mark). */
  rawText: string;
  cleanText: string;
  title: string;
  publishedAt: Date | null;
  publishedHasTime: boolean;
  /** Primary first. */
  languages: TLanguage[];
  primaryLanguage: TLanguage;
  summary: string | null;
  publisher: string | null;
  url: string | null;
  /** sha256 of the bytes as uploaded, hex. */
  contentHash: string;
};

const FORMATS: Record<string, TSourceFormat> = { txt: "txt", md: "md", html: "html", htm: "html" };

/** What a file says about itself, and the text in which to look for a date. */
type TDeclared = {
  title: string | null;
  published: TFoundDate | null;
  languages: string[];
  summary: string | null;
  publisher: string | null;
  url: string | null;
  body: string;
};

export function parseDocument({
  fileName,
  bytes,
  manifestEntry,
}: {
  fileName: string;
  bytes: Uint8Array;
  manifestEntry?: TManifestEntryInput | undefined;
}): TParsedDocument {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  const byExtension = FORMATS[extension];
  if (!byExtension) {
    const type = extension ? `".${extension}"` : "without an extension";
    throw new ImportRefusedError(fileName, "UNSUPPORTED_TYPE", `unsupported file type ${type} (use .txt, .md, .html or .htm)`);
  }
  const rawText = decodeSourceBytes(fileName, bytes);
  const normalized = rawText.normalize("NFC").replace(/\r\n?/g, "\n");
  const format = sniffFormat(byExtension, normalized);
  const declared = readDeclaredOrRefuse(fileName, format, normalized);
  const entry = manifestEntry ?? {};

  const declaredTitle = text(entry.title) ?? declared.title;
  const clean = cleanText(rawText, { format, title: declaredTitle });
  if (!/[\p{L}\p{N}]/u.test(clean)) {
    throw new ImportRefusedError(fileName, "NO_TEXT", "no readable text is left once markup and site chrome are removed");
  }
  const published =
    (entry.published ? parseDateValue(entry.published) : null) ?? declared.published ?? findDateInText(declared.body);
  const { languages, primary } = resolveLanguages(entry.languages ?? [], declared.languages, clean);
  if (!primary) {
    throw new ImportRefusedError(fileName, "NO_TEXT", "no Chinese or English text found (the desk works in zh-Hant, zh-Hans and en)");
  }
  return {
    format,
    rawText,
    cleanText: clean,
    title: declaredTitle ?? inferTitle(clean) ?? fileName,
    publishedAt: published?.date ?? null,
    publishedHasTime: published?.hasTime ?? false,
    languages,
    primaryLanguage: primary,
    summary: declared.summary,
    publisher: text(entry.publisher) ?? declared.publisher,
    url: text(entry.url) ?? declared.url,
    contentHash: createHash("sha256").update(bytes).digest("hex"),
  };
}

/**
 * Collected files are often saved as .txt whatever they hold (the demo corpus's Markdown article
 * is one): a .txt that opens with YAML front matter is read as Markdown, one that opens as an HTML
 * document as HTML.
 */
function sniffFormat(byExtension: TSourceFormat, text: string): TSourceFormat {
  if (byExtension !== "txt") return byExtension;
  if (/^\s*<(?:!doctype html|html)[\s>]/i.test(text)) return "html";
  return Object.keys(splitFrontMatter(text).data).length > 0 ? "md" : "txt";
}

function readDeclaredOrRefuse(fileName: string, format: TSourceFormat, source: string): TDeclared {
  try {
    return readDeclared(format, source);
  } catch (error) {
    if (!(error instanceof HtmlTooDeepError)) throw error;
    throw new ImportRefusedError(fileName, "UNSUPPORTED_TYPE", `unsupported HTML (${error.message})`);
  }
}

function readDeclared(format: TSourceFormat, source: string): TDeclared {
  if (format === "md") {
    const { data, content } = splitFrontMatter(source);
    return {
      title: text(frontMatterString(data, "title")),
      published: parseDateValue(data.date ?? data.published ?? data.publishDate),
      languages: frontMatterList(data, "lang", "language", "languages"),
      summary: text(frontMatterString(data, "summary", "description")),
      publisher: text(frontMatterString(data, "publisher", "source", "site")),
      url: text(frontMatterString(data, "url", "link", "canonical")),
      body: content,
    };
  }
  if (format === "html") {
    const page = htmlToText(source);
    const base = { published: null, languages: [], body: page.text };
    return { ...base, title: text(page.title), summary: text(page.description), publisher: text(page.siteName), url: text(page.url) };
  }
  return { title: null, published: null, languages: [], summary: null, publisher: null, url: null, body: source };
}

/**
 * Declared languages (manifest, else front matter) win, as the desk's record; a file declaring
 * none of the desk's languages is detected instead.
 */
function resolveLanguages(manifest: string[], frontMatter: string[], clean: string) {
  for (const tags of [manifest, frontMatter]) {
    const languages = [...new Set(tags.map(normalizeLanguageTag).filter((tag): tag is TLanguage => tag !== null))];
    if (languages.length > 0) return { languages, primary: languages[0] ?? null };
  }
  return detectLanguages(clean);
}

/** Trimmed NFC text, or null for nothing. */
function text(value: string | null | undefined): string | null {
  const trimmed = value?.normalize("NFC").replace(/\s+/g, " ").trim();
  return trimmed ? trimmed : null;
}
