import { describe, expect, it } from "vitest";
import { aliasForms, buildAliasIndex, findEntityMentions, type TEntity } from "./aliases";
import { normalizeText } from "./normalize";

const entities: TEntity[] = [
  { key: "zelensky", kind: "PERSON", names: [{ text: "澤倫斯基", lang: "zh-Hant" }, { text: "澤連斯基", lang: "zh-Hant" }, { text: "泽连斯基", lang: "zh-Hans" }, { text: "Zelensky", lang: "en" }] },
  { key: "nato", kind: "ORG", names: [{ text: "北約", lang: "zh-Hant" }, { text: "NATO", lang: "en" }, { text: "北大西洋公约组织", lang: "zh-Hans" }] },
  { key: "ukraine", kind: "PLACE", names: [{ text: "烏克蘭", lang: "zh-Hant" }, { text: "Ukraine", lang: "en" }] },
  { key: "trump", kind: "PERSON", names: [{ text: "川普", lang: "zh-Hant" }, { text: "特朗普", lang: "zh-Hans" }, { text: "Trump", lang: "en" }] },
];
const index = buildAliasIndex(entities);
const keys = (text: string) => findEntityMentions(index, normalizeText(text)).map((m) => m.key);

describe("entity aliases", () => {
  it("finds one entity under every script and transliteration", () => {
    expect(keys("澤倫斯基表示")).toEqual(["zelensky"]);
    expect(keys("泽连斯基称")).toEqual(["zelensky"]);
    expect(keys("Zelensky said")).toEqual(["zelensky"]);
    expect(keys("特朗普与川普")).toEqual(["trump", "trump"]);
  });

  it("matches an alias written in the other script through normalization", () => {
    expect(keys("乌克兰加入北约")).toEqual(["ukraine", "nato"]);
    expect(keys("烏克蘭加入北大西洋公約組織")).toEqual(["ukraine", "nato"]);
  });

  it("reports code-point offsets into the text", () => {
    expect(findEntityMentions(index, normalizeText("美國說北約"))).toEqual([{ key: "nato", kind: "ORG", start: 3, end: 5 }]);
  });

  it("needs word boundaries for Latin aliases", () => {
    expect(keys("the senator spoke")).toEqual([]);
    expect(keys("NATO's future, Ukraine-Russia")).toEqual(["nato", "ukraine"]);
    expect(keys("TRUMP")).toEqual(["trump"]);
  });

  it("matches short capital acronyms only in capitals", () => {
    const withUs = buildAliasIndex([...entities, { key: "united-states", kind: "PLACE", names: [{ text: "US", lang: "en" }, { text: "美國", lang: "zh-Hant" }] }]);
    const text = "The US told us that 美國 agreed";
    expect(findEntityMentions(withUs, normalizeText(text), text).map((m) => [m.key, m.start])).toEqual([["united-states", 4], ["united-states", 20]]);
    expect(findEntityMentions(withUs, normalizeText(text)).map((m) => m.key)).toEqual(["united-states"]);
    expect(aliasForms(withUs, "US")).toContain("美国");
    expect(aliasForms(withUs, "us")).toEqual(["us"]);
  });

  it("expands a term to all spellings of its entity", () => {
    expect(aliasForms(index, "NATO")).toEqual(expect.arrayContaining(["nato", "北约", "北大西洋公约组织"]));
    expect(aliasForms(index, "泽连斯基")).toEqual(expect.arrayContaining(["泽伦斯基", "zelensky"]));
    expect(aliasForms(index, "边界")).toEqual(["边界"]);
    expect(aliasForms(index, "北约东扩")).toEqual(["北约东扩"]);
  });
});
