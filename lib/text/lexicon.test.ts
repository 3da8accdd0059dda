import { describe, expect, it } from "vitest";
import { buildLexicon, englishKey, glossKeywords, segmentHan } from "./lexicon";
import { loadLexicon } from "./lexicon-source";
import { normalizeText } from "./normalize";

describe("glossKeywords", () => {
  it("keeps the content words of the first senses, stemmed", () => {
    expect(glossKeywords(["to reinstate", "to resume", "to restore", "to recover", "to regain", "to rehabilitate"])).toEqual(["reinstat", "resum", "restor", "recov"]);
    expect(glossKeywords(["to negotiate", "negotiation", "talks", "conference"])).toEqual(["negoti", "talk", "confer"]);
  });

  it("drops dictionary shorthand, parentheses, classifiers and pointer senses", () => {
    expect(glossKeywords(["a hope; a wish (CL:個|个[ge4])"])).toEqual(["hope", "wish"]);
    expect(glossKeywords(["variant of 回覆[hui2 fu4]", "to answer sb's letter"])).toEqual(["answer", "letter"]);
    expect(glossKeywords(["surname Wang"])).toEqual([]);
  });

  it("reads a lone character by its first senses only", () => {
    expect(glossKeywords(["to hit", "to strike", "to break", "to fight", "to type"], true)).toEqual(["hit", "strike"]);
  });
});

describe("segmentHan", () => {
  const lexicon = buildLexicon([["會談", ["talks", "discussions"]], ["談", ["to speak", "to talk"]], ["邊界", ["boundary", "border"]]]);

  it("takes the longest dictionary word from the left, on normalized text", () => {
    const chars = Array.from(normalizeText("雙方會談邊界"));
    expect(segmentHan(chars, lexicon).map((w) => chars.slice(w.start, w.end).join(""))).toEqual(["会谈", "边界"]);
  });

  it("skips characters no headword covers and non-Han text", () => {
    expect(segmentHan(Array.from("abc 2014 谈"), lexicon)).toEqual([{ start: 9, end: 10, keys: ["speak", "talk"] }]);
  });
});

describe("the CC-CEDICT lexicon", async () => {
  const lexicon = await loadLexicon();
  const keys = (word: string) => lexicon.glosses.get(normalizeText(word)) ?? [];

  it("lets Chinese paraphrases meet on a shared meaning", () => {
    expect(keys("會談")).toContain("talk");
    expect(keys("谈判")).toContain("talk");
    expect(keys("邊界")).toContain("border");
    expect(keys("邊境")).toContain("border");
  });

  it("lets a Chinese word meet the English word it translates", () => {
    expect(keys("恢復")).toContain(englishKey("restore"));
    expect(keys("大使館")).toContain(englishKey("embassy"));
    expect(keys("希望")).toContain(englishKey("hopes"));
  });
});
