import { describe, expect, it } from "vitest";
import { sharedTerms } from "./shared-terms";

describe("sharedTerms", () => {
  it("reads each span from the passage by code point, once each, without repeating a name as a meaning", () => {
    const text = "𠮷川普說烏克蘭的邊界不太可能回復到2014年以前,川普說";
    // Code-point offsets: the leading 𠮷 is two UTF-16 units but one code point.
    const at = (word: string, from = 0): [number, number] => {
      const cp = Array.from(text.slice(0, text.indexOf(word, from))).length;
      return [cp, cp + Array.from(word).length];
    };
    const spans = { names: [at("川普"), at("烏克蘭"), at("川普", 10)], figures: [at("2014")], meanings: [at("邊界"), at("回復"), at("烏克蘭")] };
    expect(sharedTerms(text, spans)).toEqual({ names: ["川普", "烏克蘭"], figures: ["2014"], meanings: ["邊界", "回復"] });
  });

  it("gives empty lists when nothing is shared", () => {
    expect(sharedTerms("nothing here", { names: [], figures: [], meanings: [] })).toEqual({ names: [], figures: [], meanings: [] });
  });
});
