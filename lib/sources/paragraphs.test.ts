import { describe, expect, it } from "vitest";
import { splitParagraphs } from "./paragraphs";

describe("splitParagraphs", () => {
  it("splits on blank lines and keeps offsets into the whole text", () => {
    const text = "第一段。\n\n第二段,\n同一段。\n\n\nThird.";
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => p.text)).toEqual(["第一段。", "第二段,\n同一段。", "Third."]);
    for (const p of paragraphs) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });

  it("ignores whitespace-only paragraphs and handles empty text", () => {
    expect(splitParagraphs("")).toEqual([]);
    expect(splitParagraphs("a\n \n\n  \n\nb").map((p) => p.text)).toEqual(["a", "b"]);
  });
});
