// Where the PDF report's fonts come from, and which face a piece of text is set in. The one place
// that knows font files, so a deployment that keeps fonts elsewhere changes only this module.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { isWoff, woffToSfnt } from "./pdf-woff";

export type TFace = "latin" | "sc" | "tc";
export type TWeight = "regular" | "bold";
type TFontFile = { file: string; postscriptName?: string };
type TFontSource = { kind: "noto-cjk" | "fontsource"; files: Record<`${TFace}-${TWeight}`, TFontFile> };
export type TReportFonts = { kind: TFontSource["kind"]; register(doc: PDFKit.PDFDocument): void };

// Debian's fonts-noto-cjk first (installed by .ci/run); the other paths are where Fedora and Arch put it.
const CJK_DIRS = ["/usr/share/fonts/opentype/noto", "/usr/share/fonts/google-noto-cjk", "/usr/share/fonts/noto-cjk"];

/**
 * One full Noto Sans CJK collection holds every face. Latin-only text is set in the Japanese face
 * because its curly quotes and apostrophes are proportional; the SC/TC faces set them full-width,
 * right inside Chinese text but leaving gaps in English ("it’ s").
 */
function notoCjk(): TFontSource | null {
  const dir = CJK_DIRS.find((d) => existsSync(path.join(d, "NotoSansCJK-Regular.ttc")) && existsSync(path.join(d, "NotoSansCJK-Bold.ttc")));
  if (!dir) return null;
  const face = (weight: TWeight, script: "jp" | "sc" | "tc"): TFontFile => {
    const style = weight === "bold" ? "Bold" : "Regular";
    return { file: path.join(dir, `NotoSansCJK-${style}.ttc`), postscriptName: `NotoSansCJK${script}-${style}` };
  };
  return {
    kind: "noto-cjk",
    files: {
      "latin-regular": face("regular", "jp"), "latin-bold": face("bold", "jp"),
      "sc-regular": face("regular", "sc"), "sc-bold": face("bold", "sc"),
      "tc-regular": face("regular", "tc"), "tc-bold": face("bold", "tc"),
    },
  };
}

/**
 * Fallback: the npm packages @fontsource/noto-sans-sc/-tc. Their fonts are cut into unicode-range
 * subsets for browsers, and a PDF text run takes one font, so we use one subset for all Chinese:
 * "chinese-simplified" (7,333 Han characters, with CJK punctuation and ASCII). It covers Traditional
 * text better than the "chinese-traditional" subset, which lacks full-width punctuation (，：？) and
 * simplified characters: over the five demo sources it misses 0–6 distinct characters where that
 * one misses 0–212. Missing characters (rare Han) and symbols outside Latin-1 such as α and ≥ print
 * as blanks or boxes; Latin text uses the "latin" subset. Install fonts-noto-cjk for complete output.
 */
function fontsource(): TFontSource | null {
  const root = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-sc", "files");
  const file = (subset: "latin" | "chinese-simplified", weight: TWeight): TFontFile => ({
    file: path.join(root, `noto-sans-sc-${subset}-${weight === "bold" ? 700 : 400}-normal.woff`),
  });
  const files: TFontSource["files"] = {
    "latin-regular": file("latin", "regular"), "latin-bold": file("latin", "bold"),
    "sc-regular": file("chinese-simplified", "regular"), "sc-bold": file("chinese-simplified", "bold"),
    "tc-regular": file("chinese-simplified", "regular"), "tc-bold": file("chinese-simplified", "bold"),
  };
  return Object.values(files).every((f) => existsSync(f.file)) ? { kind: "fontsource", files } : null;
}

// Font files are read once per process: the two collections are ~40 MB, too much to re-read per report.
// Registering the same bytes twice (the fallback's sc and tc) costs nothing: pdfkit embeds what is used.
let cached: { source: TFontSource; bytes: Map<string, Buffer> } | undefined;

/** The report's fonts; throws with what to install when neither source is present. */
export function reportFonts(): TReportFonts {
  if (!cached) {
    const source = notoCjk() ?? fontsource();
    if (!source) throw new Error("No font for PDF reports: install Debian's fonts-noto-cjk (or run npm ci for @fontsource/noto-sans-sc).");
    cached = { source, bytes: new Map() };
  }
  const { source, bytes } = cached;
  const read = (file: string) => bytes.get(file) ?? bytes.set(file, load(file)).get(file)!;
  return {
    kind: source.kind,
    register(doc) {
      for (const [name, font] of Object.entries(source.files)) doc.registerFont(name, read(font.file), font.postscriptName);
    },
  };
}

function load(file: string): Buffer {
  const bytes = readFileSync(file);
  return isWoff(bytes) ? woffToSfnt(bytes) : bytes;
}

/** Tests use this to exercise the fallback on a machine that has the system font. */
export function useFontSourceForTests(kind: "noto-cjk" | "fontsource" | null): void {
  const source = kind === "fontsource" ? fontsource() : kind === "noto-cjk" ? notoCjk() : null;
  cached = source ? { source, bytes: new Map() } : undefined;
}

// Han, kana, hangul, bopomofo, CJK punctuation and full-width forms: text with any of them needs a CJK face.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u;

/**
 * The face for one block of text: Latin unless it has CJK characters; then Traditional when its
 * source is in Traditional Chinese only, else Simplified (the two differ in glyph shapes, and in the
 * fallback in which characters they carry at all).
 */
export function faceFor(text: string, languages: readonly string[] = []): TFace {
  if (!CJK.test(text)) return "latin";
  return languages.includes("zh-Hant") && !languages.includes("zh-Hans") ? "tc" : "sc";
}

export function fontName(face: TFace, weight: TWeight = "regular"): `${TFace}-${TWeight}` {
  return `${face}-${weight}`;
}
