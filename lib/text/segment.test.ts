import { describe, expect, it } from "vitest";
import { segmentSentences } from "./segment";

describe("segmentSentences", () => {
  it("splits Chinese after 。！？ and at line breaks, with code-point offsets", () => {
    const text = "澤倫斯基表示，烏克蘭不會接受。美國說什麼？\n新段落開始了";
    const spans = segmentSentences(text);
    expect(spans.map((s) => s.text)).toEqual(["澤倫斯基表示，烏克蘭不會接受。", "美國說什麼？", "新段落開始了"]);
    for (const span of spans) expect(Array.from(text).slice(span.start, span.end).join("")).toBe(span.text);
  });

  it("splits English sentences and trims space", () => {
    const spans = segmentSentences("  Trump said talks went well. Putin agreed!  Next line ");
    expect(spans.map((s) => s.text)).toEqual(["Trump said talks went well.", "Putin agreed!", "Next line"]);
  });

  it("counts astral code points as one", () => {
    const text = "𠮷野家說的話很多。第二句話在這裡。";
    const [, second] = segmentSentences(text);
    expect(second!.start).toBe(9);
    expect(Array.from(text).slice(second!.start, second!.end).join("")).toBe("第二句話在這裡。");
  });

  it("drops fragments too short to check", () => {
    expect(segmentSentences("[1]\n·\n好。\nA real sentence here.").map((s) => s.text)).toEqual(["A real sentence here."]);
  });
});
