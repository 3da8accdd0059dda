import { describe, expect, it } from "vitest";
import { AppError } from "../server/errors";
import { firstInvalidUtf8Offset } from "./decode-source";
import { ImportRefusedError, MAX_IMPORT_BYTES, parseDocument, type TRefusalReason } from "./parse-document";

// Every way a file can be refused, with the exact message a person sees.

const utf8 = (text: string) => new TextEncoder().encode(text);
const parse = (fileName: string, content: string | Uint8Array) =>
  parseDocument({ fileName, bytes: typeof content === "string" ? utf8(content) : content });

function refusal(fileName: string, bytes: Uint8Array): ImportRefusedError {
  try {
    parseDocument({ fileName, bytes });
  } catch (error) {
    if (error instanceof ImportRefusedError) return error;
    throw error;
  }
  throw new Error(`${fileName} was accepted`);
}

describe("parseDocument refuses bad input", () => {
  const cases: [string, string, Uint8Array, TRefusalReason, string][] = [
    ["an empty file", "empty.txt", new Uint8Array(0), "EMPTY", "empty.txt: the file is empty"],
    ["a byte-order mark alone", "bom.txt", new Uint8Array([0xef, 0xbb, 0xbf]), "EMPTY", "bom.txt: the file is empty"],
    [
      "a file over 5 MB",
      "huge.txt",
      new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61),
      "TOO_LARGE",
      "huge.txt: the file is too large (5.0 MB; the limit is 5 MB)",
    ],
    [
      "NUL bytes",
      "photo.txt",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      "BINARY",
      "photo.txt: this is a binary file, not text (it contains NUL bytes)",
    ],
    [
      "many control characters",
      "noise.md",
      new Uint8Array([...utf8("abcdefgh"), 0x01, 0x02, 0x03, 0x04]),
      "BINARY",
      "noise.md: this is a binary file, not text (too many control characters)",
    ],
    [
      "invalid UTF-8",
      "evil.txt",
      new Uint8Array([...utf8("hello world "), 0xff, ...utf8(" more text")]),
      "INVALID_UTF8",
      "evil.txt: not valid UTF-8 text (invalid byte at offset 12)",
    ],
    [
      "a truncated multi-byte character",
      "cut.txt",
      new Uint8Array([...utf8("你好"), 0xe4, 0xb8, ...utf8("abc")]),
      "INVALID_UTF8",
      "cut.txt: not valid UTF-8 text (invalid byte at offset 6)",
    ],
    [
      "Latin-1 text",
      "latin1.txt",
      new Uint8Array([...utf8("caf"), 0xe9, ...utf8(" au lait")]),
      "INVALID_UTF8",
      "latin1.txt: not valid UTF-8 text (invalid byte at offset 3)",
    ],
    [
      "UTF-16",
      "wide.txt",
      new Uint8Array([0xff, 0xfe, 0x61, 0x00]),
      "INVALID_UTF8",
      "wide.txt: not valid UTF-8 text (it is UTF-16; save it as UTF-8)",
    ],
    [
      "a PDF",
      "report.pdf",
      utf8("%PDF-1.7"),
      "UNSUPPORTED_TYPE",
      'report.pdf: unsupported file type ".pdf" (use .txt, .md, .html or .htm)',
    ],
    ["no extension", "README", utf8("text"), "UNSUPPORTED_TYPE", "README: unsupported file type without an extension (use .txt, .md, .html or .htm)"],
    ["whitespace only", "blank.txt", utf8(" \n\u3000\n\t\n"), "NO_TEXT", "blank.txt: no readable text is left once markup and site chrome are removed"],
    [
      "a page that is all chrome",
      "menu.html",
      utf8("<html><body><nav>首页 新闻</nav><script>var a = 1;</script><footer>版权所有</footer></body></html>"),
      "NO_TEXT",
      "menu.html: no readable text is left once markup and site chrome are removed",
    ],
    [
      "text in no desk language",
      "ru.txt",
      utf8("Трамп начал переговоры о завершении войны."),
      "NO_TEXT",
      "ru.txt: no Chinese or English text found (the desk works in zh-Hant, zh-Hans and en)",
    ],
  ];

  it.each(cases)("refuses %s", (_, fileName, bytes, reason, message) => {
    const error = refusal(fileName, bytes);
    expect(error.reason).toBe(reason);
    expect(error.fileName).toBe(fileName);
    expect(error.message).toBe(message);
  });

  it("is an AppError that routes answer with 413 or 422", () => {
    const tooLarge = refusal("huge.txt", new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61));
    expect(tooLarge).toBeInstanceOf(AppError);
    expect(tooLarge.status).toBe(413);
    expect(refusal("evil.txt", new Uint8Array([0xff])).status).toBe(422);
    expect(refusal("evil.txt", new Uint8Array([0xff])).details).toEqual({ fileName: "evil.txt", reason: "INVALID_UTF8" });
  });

  it("accepts a file of exactly 5 MB", () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES).fill(0x61);
    bytes.set(utf8("Exactly five megabytes of text here.\n"));
    expect(MAX_IMPORT_BYTES).toBe(5 * 1024 * 1024);
    expect(parse("big.txt", bytes).primaryLanguage).toBe("en");
  });

  it("allows tabs, form feeds and the odd escape in text", () => {
    expect(parse("tabs.txt", `Name\tValue\fPage two of the running text\u001b[0m here.`).cleanText).toBe(
      "Name\tValue\nPage two of the running text[0m here.",
    );
  });
});

describe("firstInvalidUtf8Offset", () => {
  it.each([
    ["valid text", utf8("héllo 你好 😀"), -1],
    ["a lone continuation byte", new Uint8Array([0x61, 0x80]), 1],
    ["an overlong encoding", new Uint8Array([0x61, 0x62, 0xc0, 0xaf]), 2],
    ["an encoded surrogate", new Uint8Array([0xed, 0xa0, 0x80]), 0],
    ["a code point above U+10FFFF", new Uint8Array([0x61, 0xf4, 0x90, 0x80, 0x80]), 1],
    ["a sequence cut off at the end", new Uint8Array([0x61, 0xe4, 0xb8]), 1],
  ])("finds %s", (_, bytes, offset) => {
    expect(firstInvalidUtf8Offset(bytes)).toBe(offset);
  });
});
