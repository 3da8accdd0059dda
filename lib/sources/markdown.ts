import matter from "gray-matter";

// Markdown sources: the YAML front matter is metadata, the body keeps its words but loses its
// syntax (emphasis, headings, links, images, list markers).

export type TFrontMatter = Record<string, unknown>;

const refuse = () => {
  throw new Error("only YAML front matter is read");
};
// gray-matter evaluates "---js" front matter with eval(): an uploaded file must never run code.
// Only a plain "---" opener is handed to it, and its script engines are replaced as well.
const SAFE_OPTIONS = { engines: { js: refuse, javascript: refuse, coffee: refuse, cson: refuse } };
const OPENER = /^---[ \t]*\n/;
const BLOCK = /^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** Splits front matter from the body. Unreadable front matter is dropped from the body, unread. */
export function splitFrontMatter(text: string): { data: TFrontMatter; content: string } {
  if (!OPENER.test(text)) return { data: {}, content: text };
  try {
    // Passing options also bypasses gray-matter's unbounded cache keyed by the whole file.
    const file = matter(text, SAFE_OPTIONS);
    const data: unknown = file.data;
    return { data: isRecord(data) ? data : {}, content: file.content };
  } catch {
    return { data: {}, content: text.replace(BLOCK, "") };
  }
}

/** Reads a front-matter field that should be text; numbers and lists of one are accepted. */
export function frontMatterString(data: TFrontMatter, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = data[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string" && first.trim() !== "") return first.trim();
    if (typeof first === "number") return String(first);
  }
  return null;
}

/** All string values of list-or-string fields, e.g. tags and categories. */
export function frontMatterList(data: TFrontMatter, ...keys: string[]): string[] {
  return keys.flatMap((key) => {
    const value = data[key];
    const values: unknown[] = Array.isArray(value) ? value : [value];
    return values.filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim());
  });
}

// Every span excludes its own opening character, so a failed match never rescans text another
// start will scan again: the patterns stay linear on hostile input (no catastrophic backtracking).
const INLINE: [RegExp, string][] = [
  [/!\[[^\][]*\]\([^()]*\)/g, ""], // images carry no article text
  [/!\[[^\][]*\]\[[^\][]*\]/g, ""],
  [/\[([^\][]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, "$1"], // [text](url "title") → text
  [/\[([^\][]+)\]\[[^\][]*\]/g, "$1"], // [text][ref] → text
  [/<(https?:\/\/[^<>\s]+)>/g, "$1"], // autolinks
  [/<\/?[A-Za-z][^<>]*>/g, ""], // inline HTML tags
  [/\*\*(?=[^\s*])([^*]*?[^\s*])\*\*/g, "$1"], // **bold**
  [/__(?=[^\s_])([^_]*?[^\s_])__/g, "$1"], // __bold__
  [/(^|[^\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])/g, "$1$2"], // *italic*
  [/(^|[^\w])_(?=[^\s_])([^_\n]*?[^\s_])_(?!\w)/g, "$1$2"], // _italic_, but not snake_case_words
  [/~~(?=[^\s~])([^~]*?[^\s~])~~/g, "$1"],
  [/`([^`\n]+)`/g, "$1"],
];
// Backslash-escaped characters are literal text: they are parked on Unicode noncharacters while
// the syntax is stripped, then put back.
const ESCAPABLE = "\\`*_{}[]()#+-.!>~|";
const hide = (line: string) =>
  line.replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, (_, char: string) => String.fromCharCode(0xfdd0 + ESCAPABLE.indexOf(char)));
const unhide = (line: string) => line.replace(/[\ufdd0-\ufde1]/g, (char) => ESCAPABLE.charAt(char.charCodeAt(0) - 0xfdd0));

/** Removes Markdown syntax line by line, keeping every word of text. */
export function stripMarkdown(content: string): string {
  const kept: string[] = [];
  for (const rawLine of content.split("\n")) {
    let line = rawLine;
    if (/^\s*(```|~~~)/.test(line)) continue; // code fences; the code inside stays
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definitions
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line) || /^\s*=+\s*$/.test(line)) continue; // rules, setext underlines
    line = hide(line)
      .replace(/^\s{0,3}#{1,6}\s+/, "")
      .replace(/(?<=\S)\s+#+\s*$/, "")
      .replace(/^\s*(>\s?)+/, "")
      .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+(\[[ xX]\]\s+)?/, "");
    for (const [pattern, replacement] of INLINE) line = line.replace(pattern, replacement);
    kept.push(unhide(line));
  }
  return kept.join("\n");
}

function isRecord(value: unknown): value is TFrontMatter {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
