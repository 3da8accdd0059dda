import { describe, expect, it } from "vitest";
import {
  AnchorError,
  codePointLength,
  codePointToUtf16,
  createOffsetIndex,
  describeSelection,
  selectionFromUtf16,
  sliceCodePoints,
  utf16ToCodePoint,
  validateSelector,
} from "./anchor";

// Expected offsets and context below were counted by hand (and checked in Python, whose strings
// index by code point), never produced by the code under test.

// A real zh-Hant paragraph (demo source 002); the quote starts at code point 9 and is 20 long.
const ZH_HANT =
  "川普受訪時也表示,烏克蘭的邊界不太可能回復到2014年以前,只說「部分領土能收回來。」美國國防部長赫格塞斯(Pete Hegseth)12日在北約峰會上直言,烏克蘭不太可能加入北約,川普也同意他的說法。";
const ZH_QUOTE = "烏克蘭的邊界不太可能回復到2014年以前";
const EN =
  "President Zelensky said on Thursday that Ukraine will not accept any peace agreement made without its participation, and warned against trusting Putin.";
// 👍🏽 is two code points (thumb, skin tone) and 𠮷 one; all are astral, two UTF-16 units each.
// Code points: 👍 0, 🏽 1, 支 3, 𠮷 9, 野 10, U 13, 👍 21, 🏽 22, o 24; 26 in all.
// UTF-16 units: 👍 0–1, 🏽 2–3, 𠮷 11–12, U 16, 👍 24–25, 🏽 26–27, o 29; 31 in all.
const ASTRAL = "👍🏽 支持烏克蘭 𠮷野家 Ukraine 👍🏽 ok";

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof AnchorError ? error.code : `not an AnchorError: ${String(error)}`;
  }
  return "no error";
};

describe("code point offsets", () => {
  it("counts astral characters once and converts both ways", () => {
    expect(ASTRAL.length).toBe(31);
    expect(codePointLength(ASTRAL)).toBe(26);
    expect(codePointToUtf16(ASTRAL, 9)).toBe(11);
    expect(codePointToUtf16(ASTRAL, 13)).toBe(16);
    expect(codePointToUtf16(ASTRAL, 26)).toBe(31);
    expect(utf16ToCodePoint(ASTRAL, 15)).toBe(12);
    expect(utf16ToCodePoint(ASTRAL, 31)).toBe(26);
    expect(sliceCodePoints(ASTRAL, 9, 12)).toBe("𠮷野家");
    expect(sliceCodePoints(ASTRAL, 0, 2)).toBe("👍🏽");
    expect(sliceCodePoints(ASTRAL, 24, 99)).toBe("ok");
    expect(codePointLength(ZH_HANT)).toBe(ZH_HANT.length);
  });

  it("round-trips every offset, walking and indexed alike", () => {
    const index = createOffsetIndex(ASTRAL);
    expect(index.codePointLength).toBe(26);
    for (let codePoint = 0; codePoint <= 26; codePoint++) {
      const u16 = codePointToUtf16(ASTRAL, codePoint);
      expect(index.toUtf16(codePoint)).toBe(u16);
      expect(utf16ToCodePoint(ASTRAL, u16)).toBe(codePoint);
      expect(index.toCodePoint(u16)).toBe(codePoint);
    }
  });

  it("refuses offsets inside a surrogate pair or outside the text", () => {
    const index = createOffsetIndex(ASTRAL);
    for (const inside of [1, 3, 12, 25, 27]) {
      expect(codeOf(() => utf16ToCodePoint(ASTRAL, inside))).toBe("SPLITS_CHARACTER");
      expect(codeOf(() => index.toCodePoint(inside))).toBe("SPLITS_CHARACTER");
    }
    expect(codeOf(() => codePointToUtf16(ASTRAL, 27))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => index.toUtf16(27))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => utf16ToCodePoint(ASTRAL, 32))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => index.toCodePoint(-1))).toBe("OUT_OF_RANGE");
  });

  it("converts a browser selection from UTF-16 to code points", () => {
    expect(selectionFromUtf16(ASTRAL, 11, 15)).toEqual({ start: 9, end: 12 });
    expect(selectionFromUtf16(ASTRAL, 0, 4)).toEqual({ start: 0, end: 2 });
    expect(codeOf(() => selectionFromUtf16(ASTRAL, 12, 15))).toBe("SPLITS_CHARACTER");
    expect(codeOf(() => selectionFromUtf16(ASTRAL, 0, 1))).toBe("SPLITS_CHARACTER");
    expect(codeOf(() => selectionFromUtf16(ASTRAL, 15, 11))).toBe("OUT_OF_RANGE");
  });
});

describe("describeSelection", () => {
  it("quotes Chinese with context cut short at the start of the text", () => {
    expect(describeSelection(ZH_HANT, 9, 29)).toEqual({
      quote: { exact: ZH_QUOTE, prefix: "川普受訪時也表示,", suffix: ",只說「部分領土能收回來。」美國國防部長赫格塞斯(Pete He" },
      position: { start: 9, end: 29 },
    });
  });

  it("quotes an English name inside Chinese with 32 code points either side", () => {
    expect(describeSelection(ZH_HANT, 54, 66)).toEqual({
      quote: { exact: "Pete Hegseth", prefix: "2014年以前,只說「部分領土能收回來。」美國國防部長赫格塞斯(", suffix: ")12日在北約峰會上直言,烏克蘭不太可能加入北約,川普也同意他的" },
      position: { start: 54, end: 66 },
    });
  });

  it("quotes English with 32 code points either side, fewer at the end of the text", () => {
    expect(describeSelection(EN, 41, 115)).toEqual({
      quote: {
        exact: "Ukraine will not accept any peace agreement made without its participation",
        prefix: " Zelensky said on Thursday that ",
        suffix: ", and warned against trusting Pu",
      },
      position: { start: 41, end: 115 },
    });
    expect(describeSelection(EN, 145, 151).quote).toEqual({ exact: "Putin.", prefix: "on, and warned against trusting ", suffix: "" });
  });

  it("counts emoji and 𠮷 as code points in the quote and its context", () => {
    expect(describeSelection(ASTRAL, 13, 20, 3)).toEqual({
      quote: { exact: "Ukraine", prefix: "野家 ", suffix: " 👍🏽" },
      position: { start: 13, end: 20 },
    });
    expect(describeSelection(ASTRAL, 9, 12, 4).quote).toEqual({ exact: "𠮷野家", prefix: "烏克蘭 ", suffix: " Ukr" });
    // The skin tone is its own code point, so a 2-point context stops between it and the thumb.
    expect(describeSelection(ASTRAL, 13, 20, 2).quote.suffix).toBe(" 👍");
    expect(describeSelection(ASTRAL, 0, 2).quote).toEqual({ exact: "👍🏽", prefix: "", suffix: " 支持烏克蘭 𠮷野家 Ukraine 👍🏽 ok" });
  });

  it("rejects empty and out-of-range selections", () => {
    expect(codeOf(() => describeSelection(ZH_HANT, 9, 9))).toBe("EMPTY");
    expect(codeOf(() => describeSelection(ASTRAL, 20, 27))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => describeSelection(ASTRAL, -1, 3))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => describeSelection(ASTRAL, 5, 3))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => describeSelection(ASTRAL, 1.5, 3))).toBe("OUT_OF_RANGE");
  });
});

describe("validateSelector", () => {
  it("accepts a matching selector and fills in the context from the text", () => {
    expect(validateSelector(ZH_HANT, { exact: ZH_QUOTE, start: 9, end: 29 })).toEqual(describeSelection(ZH_HANT, 9, 29));
    const withContext = validateSelector(ZH_HANT, { exact: ZH_QUOTE, prefix: "也表示,", suffix: ",只說「", start: 9, end: 29 });
    expect(withContext.quote.prefix).toBe("川普受訪時也表示,");
    expect(withContext.quote.suffix).toBe(",只說「部分領土能收回來。」美國國防部長赫格塞斯(Pete He");
  });

  it("compares in NFC, so a decomposed quote matches composed text", () => {
    const text = "Zelensky met Macron at the Élysée Palace.";
    const anchor = validateSelector(text, { exact: "E\u0301lyse\u0301e Palace", start: 27, end: 40 });
    expect(anchor.quote.exact).toBe("Élysée Palace");
    expect(anchor.position).toEqual({ start: 27, end: 40 });
  });

  it("explains a mismatch with what the text actually says there", () => {
    expect(() => validateSelector(ZH_HANT, { exact: ZH_QUOTE, start: 10, end: 30 })).toThrow(
      new AnchorError(
        "MISMATCH",
        'The selector does not match the text: characters 10–30 read "克蘭的邊界不太可能回復到2014年以前,", not "烏克蘭的邊界不太可能回復到2014年以前". Reload the source and select the words again.',
      ),
    );
    // UTF-16 offsets sent by mistake land two units late after each astral character.
    expect(codeOf(() => validateSelector(ASTRAL, { exact: "Ukraine", start: 16, end: 23 }))).toBe("MISMATCH");
    expect(codeOf(() => validateSelector(ZH_HANT, { exact: ZH_QUOTE, prefix: "也說,", start: 9, end: 29 }))).toBe("MISMATCH");
    expect(codeOf(() => validateSelector(ZH_HANT, { exact: ZH_QUOTE, suffix: ",只講", start: 9, end: 29 }))).toBe("MISMATCH");
  });

  it("rejects empty and out-of-range selectors", () => {
    expect(codeOf(() => validateSelector(ZH_HANT, { exact: "", start: 9, end: 9 }))).toBe("EMPTY");
    expect(codeOf(() => validateSelector(ZH_HANT, { exact: "烏", start: 9, end: 9 }))).toBe("EMPTY");
    expect(codeOf(() => validateSelector(ASTRAL, { exact: "ok", start: 24, end: 27 }))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => validateSelector(ASTRAL, { exact: "ok", start: -2, end: 0 }))).toBe("OUT_OF_RANGE");
  });
});
