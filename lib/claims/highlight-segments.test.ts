import { describe, expect, it } from "vitest";
import { pickInnermost, segmentText } from "./highlight-segments";

describe("segmentText", () => {
  const text = "川普表示烏克蘭很難回到2014年邊境。\n\nSecond paragraph here.";

  it("keeps paragraphs and their offsets without highlights", () => {
    const paragraphs = segmentText(text, []);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toMatchObject({ start: 21, end: text.length });
    expect(paragraphs[0]!.segments).toEqual([{ start: 0, end: 19, ids: [] }]);
  });

  it("splits overlapping highlights into runs with every covering id", () => {
    const [first] = segmentText(text, [
      { id: "a", start: 4, end: 12 },
      { id: "b", start: 8, end: 16 },
    ]);
    expect(first!.segments).toEqual([
      { start: 0, end: 4, ids: [] },
      { start: 4, end: 8, ids: ["a"] },
      { start: 8, end: 12, ids: ["a", "b"] },
      { start: 12, end: 16, ids: ["b"] },
      { start: 16, end: 19, ids: [] },
    ]);
  });

  it("clips a highlight that spans two paragraphs to each of them", () => {
    const paragraphs = segmentText(text, [{ id: "x", start: 15, end: 27 }]);
    expect(paragraphs[0]!.segments.at(-1)).toEqual({ start: 15, end: 19, ids: ["x"] });
    expect(paragraphs[1]!.segments[0]).toEqual({ start: 21, end: 27, ids: ["x"] });
  });

  it("ignores empty and out-of-range highlights", () => {
    const [first] = segmentText(text, [{ id: "e", start: 5, end: 5 }, { id: "far", start: 500, end: 600 }]);
    expect(first!.segments).toEqual([{ start: 0, end: 19, ids: [] }]);
  });
});

describe("pickInnermost", () => {
  it("prefers the shortest covering highlight", () => {
    const highlights = [{ id: "long", start: 0, end: 50 }, { id: "short", start: 10, end: 14 }];
    expect(pickInnermost(["long", "short"], highlights)).toBe("short");
  });
});
