import { describe, expect, it } from "vitest";
import { describeSelection, FUZZY_SCORE_THRESHOLD, reanchor, type TAnchor } from "./anchor";

// Paragraphs from the demo sources (002 zh-Hant, 004 zh-Hans, 000 English). Offsets are computed
// with the language's own code point count ([...s].length), not with the code under test.
const count = (text: string) => [...text].length;

const HANT_BEFORE = "對於烏克蘭總統澤倫斯基提出,將在俄烏談判中向俄羅斯提出領土交換方案,以結束這場持續近3年的衝突。對此,莫斯科方面明確表示拒絕,並斥責提議「荒謬」。";
const HANT_QUOTE = "烏克蘭的邊界不太可能回復到2014年以前";
const HANT_QUOTED =
  "川普受訪時也表示,烏克蘭的邊界不太可能回復到2014年以前,只說「部分領土能收回來。」美國國防部長赫格塞斯(Pete Hegseth)12日在北約峰會上直言,烏克蘭不太可能加入北約,川普也同意他的說法。然而歐洲國家事先並不知情,也對赫格塞斯的直率言論感到震驚。";
const HANT_AFTER = "14日慕尼黑啟動和談 澤倫斯基:與川普談及「長久、可靠的和平」";
const HANT = [HANT_BEFORE, HANT_QUOTED, HANT_AFTER].join("\n");
const HANT_START = 73 + 1 + 9; // 73 code points in the first paragraph, its newline, "川普受訪時也表示,"
const hantSaved = describeSelection(HANT, HANT_START, HANT_START + 20);

const HANS_QUOTE = "美国并未排除乌克兰加入北约或通过谈判恢复2014年以前边界的可能性";
const HANS = [
  "周三，特朗普在白宫与普京进行了自2022年2月俄乌冲突爆发以来的首次公开通话，随后又与泽连斯基通了电话。特朗普说，他相信两人都希望和平。",
  "特朗普政府还首次公开表示，作为任何协议的一部分，乌克兰期望回到2014年的边界或加入北约联盟是不现实的，美国军队不会加入任何可能在乌克兰建立的保障停火的安全部队。",
  `但周四，一位美国高级官员表示，${HANS_QUOTE}，这与之前的评论相矛盾。`,
].join("\n\n");
const HANS_START = 68 + 2 + 81 + 2 + 15;

const EN_QUOTE = "Ukraine will not accept any peace agreement made without its participation";
const EN_QUOTED = `Trump's remarks quickly sparked widespread discussion on the international stage. President Zelensky explicitly stated that ${EN_QUOTE} and stressed that his country must have a voice in both the war and negotiation process.`;
const EN_OTHER =
  "According to informed sources, the Trump administration has put forward highly controversial demands, requiring Ukraine to provide the U.S. with half of its rare mineral resources as compensation for previous military aid.";
const EN = [EN_QUOTED, EN_OTHER].join("\n\n");
const EN_START = EN_QUOTED.indexOf(EN_QUOTE); // ASCII: UTF-16 and code point offsets agree
const enSaved = describeSelection(EN, EN_START, EN_START + 74);

/** Score of a fuzzy match with intact context at the old position: (50·quote + 40 + 2) / 92. */
const fuzzyScore = (errors: number, quoteLength: number) => (50 * (1 - errors / quoteLength) + 42) / 92;

describe("reanchor: exact text", () => {
  it("keeps an unchanged anchor where it was", () => {
    expect(hantSaved.position).toEqual({ start: 83, end: 103 });
    expect(reanchor(HANT, hantSaved)).toEqual({ status: "exact-position", anchor: hantSaved, score: 1 });
  });

  it("follows the quote when text is inserted before it, counting code points", () => {
    const edited = reanchor(`編按:本文已更新。\n${HANT}`, hantSaved);
    expect(edited.status).toBe("moved");
    expect(edited.anchor).toEqual({ quote: hantSaved.quote, position: { start: 93, end: 113 } });
    expect(edited.score).toBeGreaterThan(0.99);
    // Four code points but seven UTF-16 units: 👍 🏽 𠮷 and a space.
    expect(reanchor(`👍🏽𠮷 ${HANT}`, hantSaved).anchor?.position).toEqual({ start: 87, end: 107 });
  });

  it("lets the context pick the right one of two identical quotes, even against nearness", () => {
    const correction = `(更正:本報先前把「${HANT_QUOTE}」誤植為國防部長所言)\n`;
    const text = [HANT_BEFORE, correction + HANT_QUOTED, HANT_AFTER].join("\n");
    // The correction's copy starts one code point after the old position; the real one much later.
    expect(text.indexOf(HANT_QUOTE)).toBe(84);
    const result = reanchor(text, hantSaved);
    expect(result.status).toBe("moved");
    expect(result.anchor?.position).toEqual({ start: 83 + count(correction), end: 103 + count(correction) });
    expect(result.anchor?.quote.suffix).toBe(hantSaved.quote.suffix);
  });

  it("falls back to the nearest copy when the context cannot tell copies apart", () => {
    const item = "——烏克蘭不太可能加入北約——\n"; // 16 code points
    const saved = describeSelection(item.repeat(6), 3 * 16 + 2, 3 * 16 + 13);
    const result = reanchor(`※${item.repeat(6)}`, saved);
    expect(result.status).toBe("moved");
    expect(result.anchor?.position).toEqual({ start: 3 * 16 + 3, end: 3 * 16 + 14 });
  });

  it("finds the quote when the stored position was lost", () => {
    const result = reanchor(HANT, { quote: hantSaved.quote, position: { start: -1, end: -1 } });
    expect(result).toEqual({ status: "moved", anchor: hantSaved, score: (50 + 40) / 92 });
  });
});

describe("reanchor: edited text", () => {
  it("re-pins a zh-Hant quote with two changed characters to the new words", () => {
    const editedQuote = "烏克蘭的邊界不大可能恢復到2014年以前";
    const result = reanchor(HANT.replace(HANT_QUOTE, editedQuote), hantSaved);
    expect(result.status).toBe("fuzzy");
    expect(result.anchor).toEqual({ quote: { ...hantSaved.quote, exact: editedQuote }, position: { start: 83, end: 103 } });
    expect(result.score).toBeCloseTo(fuzzyScore(2, 20), 12);
  });

  it("re-pins a zh-Hans quote after an edit and a move", () => {
    const saved = describeSelection(HANS, HANS_START, HANS_START + 33);
    expect(saved.quote.exact).toBe(HANS_QUOTE);
    const editedQuote = "美国没有排除乌克兰加入北约或通过谈判恢复2014年以前边界的可能性";
    const result = reanchor(`【更新】${HANS.replace(HANS_QUOTE, editedQuote)}`, saved);
    expect(result.status).toBe("fuzzy");
    expect(result.anchor?.quote.exact).toBe(editedQuote);
    expect(result.anchor?.position).toEqual({ start: HANS_START + 4, end: HANS_START + 4 + 33 });
    expect(result.score).toBeGreaterThan(FUZZY_SCORE_THRESHOLD);
  });

  it("re-pins an English quote whose wording changed to the new wording", () => {
    const reworded = "Ukraine will not accept any peace agreement reached without its participation";
    const result = reanchor(EN.replace(EN_QUOTE, reworded), enSaved);
    expect(result.status).toBe("fuzzy");
    expect(result.anchor?.quote).toEqual({ ...enSaved.quote, exact: reworded });
    expect(result.anchor?.position).toEqual({ start: EN_START, end: EN_START + 77 });
    // "made" → "reached" is five edits; the nearness term loses nothing as the start did not move.
    expect(result.score).toBeCloseTo(fuzzyScore(5, 74), 12);
  });

  it("orphans a quote whose paragraph was deleted, in Chinese and in English", () => {
    for (const result of [reanchor([HANT_BEFORE, HANT_AFTER].join("\n"), hantSaved), reanchor(EN_OTHER, enSaved)]) {
      expect(result.status).toBe("orphaned");
      expect(result.anchor).toBeUndefined();
    }
  });

  it("orphans a quote rewritten beyond recognition: nothing within a quarter of its length in edits", () => {
    const rewritten = "Ukraine rejects any deal struck behind its back, the president said";
    expect(reanchor(EN.replace(EN_QUOTE, rewritten), enSaved)).toEqual({ status: "orphaned" });
  });

  it("orphans a near-quote whose surroundings were rewritten too, reporting how close it came", () => {
    const rewritten =
      "Speaking in Kyiv on Monday, officials insisted Ukraine would not accept any peace agreement made without its own participation, according to a statement.";
    const result = reanchor([rewritten, EN_OTHER].join("\n\n"), enSaved);
    expect(result.status).toBe("orphaned");
    expect(result.anchor).toBeUndefined();
    expect(result.score).toBeGreaterThan(0.5);
    expect(result.score).toBeLessThan(FUZZY_SCORE_THRESHOLD);
  });

  it("orphans an empty saved quote instead of throwing", () => {
    expect(reanchor(HANT, { quote: { exact: "", prefix: "", suffix: "" }, position: { start: 0, end: 0 } })).toEqual({ status: "orphaned" });
  });
});

describe("reanchor: Unicode normalization", () => {
  const composed = `Zelensky met Macron at the Élysée Palace; ${EN_QUOTE}.`;
  const decomposed = composed.normalize("NFD");

  it("finds a composed quote in decomposed text and points into the text as given", () => {
    expect(count(decomposed)).toBe(count(composed) + 2);
    const saved = describeSelection(composed, 42, 116);
    const result = reanchor(decomposed, saved);
    expect(result.status).toBe("moved");
    expect(result.anchor?.position).toEqual({ start: 44, end: 118 });
    expect(result.anchor?.quote.exact).toBe(EN_QUOTE);
    expect(result.anchor?.quote.prefix).toBe(" Macron at the E\u0301lyse\u0301e Palace; ");
  });

  it("widens a match to whole decomposed characters", () => {
    const saved = describeSelection(composed, 27, 40);
    expect(saved.quote.exact).toBe("Élysée Palace");
    const result = reanchor(decomposed, saved);
    expect(result.status).toBe("moved");
    expect(result.anchor?.position).toEqual({ start: 27, end: 42 });
    expect(result.anchor?.quote.exact).toBe("E\u0301lyse\u0301e Palace");
  });

  it("keeps a decomposed anchor on unchanged decomposed text, and finds it in composed text", () => {
    const saved = describeSelection(decomposed, 27, 42);
    expect(reanchor(decomposed, saved).status).toBe("exact-position");
    expect(reanchor(composed, saved).anchor).toEqual(describeSelection(composed, 27, 40));
  });
});
