import { describe, expect, it } from "vitest";
import { buildAliasIndex } from "@/lib/text/aliases";
import { buildLexicon } from "@/lib/text/lexicon";
import { normalizeText } from "@/lib/text/normalize";
import { textFeatures } from "./features";
import { claimProbes, preRank } from "./pre-rank";
import { rankPassages } from "./rank";
import { sharedTerms } from "./shared-terms";

const aliases = buildAliasIndex([
  { key: "ukraine", kind: "PLACE", names: [{ text: "烏克蘭", lang: "zh-Hant" }, { text: "Ukraine", lang: "en" }] },
  { key: "nato", kind: "ORG", names: [{ text: "北約", lang: "zh-Hant" }, { text: "NATO", lang: "en" }] },
  { key: "term-border", kind: "TERM", names: [{ text: "邊界", lang: "zh-Hant" }, { text: "border", lang: "en" }] },
]);
// A few CC-CEDICT entries, as the lexicon has them.
const lexicon = buildLexicon([
  ["回到", ["to return to"]], ["回复", ["to recover; to revert; to return to (good health, normal condition etc)"]],
  ["期望", ["hope", "expectation"]], ["加入", ["to become a member", "to join"]], ["现实", ["reality", "actuality"]],
  ["以前", ["before", "formerly", "previous"]], ["可能", ["might (happen)", "possible", "probable"]],
]);
const features = (text: string) => textFeatures(normalizeText(text), { aliases, lexicon }, text);
const candidate = (id: string, text: string) => ({ id, normalized: normalizeText(text), features: features(text) });

describe("rankPassages", () => {
  const claim = "乌克兰期望回到2014年的边界或加入北约联盟是不现实的";
  const ranked = rankPassages({ normalized: normalizeText(claim), features: features(claim) }, [
    candidate("same-story", "烏克蘭的邊界不太可能回復到2014年以前"),
    candidate("english", "Ukraine's return to its pre-2014 borders is unrealistic, officials said."),
    candidate("unrelated", "克里姆林宮聲稱，雙方通電話交談約90分鐘。"),
    candidate("repeat", "烏克蘭的邊界不太可能回復到2014年以前"),
  ], 5);

  it("ranks the cross-script paraphrase first and an English sentence through entities, glossary and figures", () => {
    expect(new Set(ranked.map((r) => r.id).slice(0, 2))).toEqual(new Set([chinese.id, "english"]));
    expect(ranked.find((r) => r.id === "unrelated")?.score ?? 0).toBeLessThan(ranked[1]!.score / 2);
  });

  const chinese = ranked.find((r) => r.id === "same-story" || r.id === "repeat")!;

  it("shows a sentence repeated word for word once", () => {
    expect(ranked.filter((r) => r.id === "same-story" || r.id === "repeat")).toHaveLength(1);
  });

  it("marks the shared terms in the passage, in its own script", () => {
    const text = "烏克蘭的邊界不太可能回復到2014年以前";
    const marked = chinese.highlights.map((h) => Array.from(text).slice(h.start, h.end).join(""));
    expect(marked[0]).toContain("烏克蘭的邊界");
    expect(marked.join("|")).toContain("2014");
    expect(chinese.stance).toBe("SUPPORTS");
  });

  it("says why each passage matched: names, figures and meanings, in the passage's own words", () => {
    expect(sharedTerms("烏克蘭的邊界不太可能回復到2014年以前", chinese.shared)).toEqual({ names: ["烏克蘭"], figures: ["2014"], meanings: ["邊界", "回復"] });
    const english = ranked.find((r) => r.id === "english")!;
    const shared = sharedTerms("Ukraine's return to its pre-2014 borders is unrealistic, officials said.", english.shared);
    expect(shared.names).toEqual(["Ukraine"]);
    expect(shared.figures).toEqual(["2014"]);
    expect(shared.meanings).toEqual(expect.arrayContaining(["border"]));
  });
});

describe("preRank", () => {
  it("keeps the candidates containing the most of the claim's rare units, spellings and figures", () => {
    const claim = features("乌克兰期望回到2014年的边界");
    // The story's own words (Ukraine) are in most passages; the rest are rare.
    const common = new Set(["·乌", "·克", "·兰", "乌克", "克兰", "兰期", "@ukraine"]);
    const df = new Map([...claim.units.keys(), "@ukraine"].map((unit) => [unit, common.has(unit) ? 90 : 2]));
    const probes = claimProbes(claim, aliases, { passages: 100, df });
    const texts = ["天气很好", "乌克兰的局势", "Ukraine's 2014 borders", "邊界回到2014年"].map((t) => ({ id: t, normalized: normalizeText(t) }));
    const keep = (n: number) => preRank(probes, texts, n, (c) => c.normalized).map((c) => c.id);
    expect(keep(1)).toEqual(["邊界回到2014年"]);
    expect(keep(3)).not.toContain("天气很好");
    expect(keep(4)).toHaveLength(4);
  });
});
