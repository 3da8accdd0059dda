import { describe, expect, it } from "vitest";
import { buildAliasIndex, type TEntity } from "@/lib/text/aliases";
import { parseSearchQuery } from "./parse-query";

const entities: TEntity[] = [
  { key: "zelensky", kind: "PERSON", names: [{ text: "澤倫斯基", lang: "zh-Hant" }, { text: "泽连斯基", lang: "zh-Hans" }, { text: "Zelensky", lang: "en" }, { text: "Zelenskyy", lang: "en" }] },
  { key: "nato", kind: "ORG", names: [{ text: "北約", lang: "zh-Hant" }, { text: "北约", lang: "zh-Hans" }, { text: "NATO", lang: "en" }] },
  { key: "ukraine", kind: "PLACE", names: [{ text: "烏克蘭", lang: "zh-Hant" }, { text: "Ukraine", lang: "en" }] },
  { key: "trump", kind: "PERSON", names: [{ text: "川普", lang: "zh-Hant" }, { text: "Donald Trump", lang: "en" }] },
];
const index = buildAliasIndex(entities);
const parse = (q: string) => parseSearchQuery(index, q);

describe("parseSearchQuery", () => {
  it("splits on whitespace (ideographic space too) and normalizes script, width and case", () => {
    expect(parse("邊界　２０１４  Border")).toEqual([
      { term: "邊界", forms: ["邊界"], patterns: ["边界"] },
      { term: "２０１４", forms: ["２０１４"], patterns: ["2014"] },
      { term: "Border", forms: ["Border"], patterns: ["border"] },
    ]);
  });

  it("expands an entity to every spelling: forms as written, patterns normalized once each", () => {
    const [term] = parse("泽连斯基");
    expect(term!.term).toBe("泽连斯基");
    expect(term!.forms).toEqual(["泽连斯基", "澤倫斯基", "Zelensky", "Zelenskyy"]);
    // "zelenskyy" contains "zelensky", so it adds nothing to match with.
    expect(term!.patterns.sort()).toEqual(["zelensky", "泽伦斯基", "泽连斯基"].sort());
    expect(parse("NATO")[0]).toEqual({ term: "NATO", forms: ["NATO", "北約", "北约"], patterns: ["nato", "北约"] });
  });

  it("finds entity names inside an unspaced Chinese query", () => {
    expect(parse("泽连斯基北约").map((t) => t.term)).toEqual(["泽连斯基", "北约"]);
    expect(parse("乌克兰的边界").map((t) => [t.term, t.patterns.length > 1])).toEqual([["乌克兰", true], ["的边界", false]]);
  });

  it("keeps a multi-word alias as one term", () => {
    expect(parse("Donald Trump 2014").map((t) => t.term)).toEqual(["Donald Trump", "2014"]);
  });

  it("drops punctuation around words and terms that are only punctuation", () => {
    expect(parse("「北約」, NATO… 2014.").map((t) => t.term)).toEqual(["北約", "2014"]);
    expect(parse(" ，。!? ")).toEqual([]);
  });

  it("merges terms that name the same thing", () => {
    expect(parse("NATO 北約 nato")).toHaveLength(1);
    expect(parse("边界 邊界")).toHaveLength(1);
  });

  it("does not take a Latin alias from inside a longer word", () => {
    expect(parse("senator")).toEqual([{ term: "senator", forms: ["senator"], patterns: ["senator"] }]);
  });
});
