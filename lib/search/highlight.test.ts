import { describe, expect, it } from "vitest";
import { findMatches, makeSnippet } from "./highlight";

const marked = ({ snippet, highlights }: { snippet: string; highlights: { start: number; end: number }[] }) => {
  const chars = Array.from(snippet);
  return highlights.map((h) => chars.slice(h.start, h.end).join(""));
};

describe("findMatches", () => {
  it("finds every spelling in the original script, in code points", () => {
    const text = "🇺🇦 澤倫斯基與泽连斯基, and ZELENSKY";
    const matches = findMatches(text, ["泽伦斯基", "泽连斯基", "zelensky"]);
    const chars = Array.from(text);
    expect(matches.map((m) => chars.slice(m.start, m.end).join(""))).toEqual(["澤倫斯基", "泽连斯基", "ZELENSKY"]);
    expect(matches[0]).toEqual({ start: 3, end: 7 });
  });

  it("merges overlapping and touching occurrences", () => {
    expect(findMatches("乌克兰边界", ["乌克兰", "克兰边", "边界"])).toEqual([{ start: 0, end: 5 }]);
    expect(findMatches("aaaa", ["aa"])).toEqual([{ start: 0, end: 4 }]);
  });

  it("finds nothing for absent or empty patterns", () => {
    expect(findMatches("北约", ["nato", ""])).toEqual([]);
  });
});

describe("makeSnippet", () => {
  it("keeps a short text whole, line breaks as spaces", () => {
    const text = "烏克蘭的邊界\n不太可能回復到2014年以前";
    const snippet = makeSnippet(text, findMatches(text, ["边界", "2014"]));
    expect(snippet.snippet).toBe("烏克蘭的邊界 不太可能回復到2014年以前");
    expect(marked(snippet)).toEqual(["邊界", "2014"]);
  });

  it("cuts a long text around the first match, never over the limit, with ellipses", () => {
    const text = "甲".repeat(300) + "北約" + "乙".repeat(300) + "北約";
    const result = makeSnippet(text, findMatches(text, ["北约"]));
    expect(Array.from(result.snippet)).toHaveLength(160);
    expect(result.snippet.startsWith("…") && result.snippet.endsWith("…")).toBe(true);
    expect(marked(result)).toEqual(["北約"]);
    expect(result.snippet.indexOf("北約")).toBe(1 + 40);
  });

  it("does not pad with an ellipsis at either end it reaches", () => {
    const head = makeSnippet("北約" + "乙".repeat(300), [{ start: 0, end: 2 }]);
    expect(head.snippet.startsWith("北約")).toBe(true);
    expect(Array.from(head.snippet)).toHaveLength(160);
    const text = "乙".repeat(300) + "北約";
    const tail = makeSnippet(text, findMatches(text, ["北约"]));
    expect(tail.snippet.endsWith("北約")).toBe(true);
    expect(tail.snippet.startsWith("…")).toBe(true);
    expect(Array.from(tail.snippet)).toHaveLength(160);
  });

  it("clips a match cut by the window and counts emoji as one code point", () => {
    const text = "👍".repeat(200) + "NATO";
    const result = makeSnippet(text, findMatches(text, ["nato"]), 20);
    expect(Array.from(result.snippet)).toHaveLength(20);
    expect(marked(result)).toEqual(["NATO"]);
  });
});
