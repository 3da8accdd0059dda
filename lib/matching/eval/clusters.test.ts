import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseManifest } from "@/lib/sources/manifest";
import { parseDocument } from "@/lib/sources/parse-document";
import { evalSetProblems, MIN_CLUSTERS, ZEntityAliases, ZEvalSet, type TEntityAlias, type TEvalSet } from "./eval-set";

// The labelled set is only worth anything if every quote is where it says it is. The clean text is
// produced the way the importer produces Source.cleanText (parseDocument with the manifest entry,
// as seedDemo does), so a change to cleaning that moves a quote fails here, not in the matcher's score.

const DEMO = fileURLToPath(new URL("../../../prisma/demo/", import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

function demoCleanTexts(): Map<string, string> {
  const manifest = parseManifest(readJson(`${DEMO}manifest.json`));
  return new Map(
    manifest.sources.map((entry) => {
      const doc = parseDocument({ fileName: entry.file, bytes: new Uint8Array(readFileSync(DEMO + entry.file)), manifestEntry: entry });
      return [entry.file.slice(0, 3), doc.cleanText] as const;
    }),
  );
}

const cleanTexts = demoCleanTexts();
const set = ZEvalSet.parse(readJson(fileURLToPath(new URL("./clusters.json", import.meta.url))));
const aliases = ZEntityAliases.parse(readJson(`${DEMO}entity-aliases.json`));

describe("the matching eval set and the entity aliases", () => {
  it("reads the five demo sources by their 3-digit prefix", () => {
    expect([...cleanTexts.keys()]).toEqual(["000", "001", "002", "003", "004"]);
  });

  it("has every quote exactly once in its source's clean text, and no malformed cluster or alias", () => {
    expect(evalSetProblems({ set, aliases, cleanTexts })).toEqual([]);
  });

  it("keeps the lead's anchor pair: 004's 2014-borders claim against 002's passage", () => {
    const cluster = set.clusters.find((c) => c.id === "borders-2014");
    expect(cluster?.claim).toEqual({ source: "004", quote: "乌克兰期望回到2014年的边界或加入北约联盟是不现实的" });
    expect(cluster?.passages).toContainEqual({ source: "002", quote: "烏克蘭的邊界不太可能回復到2014年以前", stance: "SUPPORTS" });
  });

  it("measures disagreement too: some passages refute their claim", () => {
    const stances = set.clusters.flatMap((c) => c.passages.map((p) => p.stance));
    expect(stances.filter((s) => s === "REFUTES").length).toBeGreaterThanOrEqual(5);
  });
});

describe("evalSetProblems catches what a careless edit would introduce", () => {
  const copy = <T>(value: T): T => structuredClone(value);

  it("a quote whose punctuation differs from the clean text (ASCII comma for 004's full-width one)", () => {
    const broken: TEvalSet = copy(set);
    const claim = broken.clusters.find((c) => c.claim.source === "004" && c.claim.quote.includes("，"))!.claim;
    claim.quote = claim.quote.replace("，", ",");
    expect(evalSetProblems({ set: broken, aliases, cleanTexts }).join("\n")).toMatch(/not an exact substring of 004/);
  });

  it("an unknown source, a quote that occurs twice, a passage from the claim's own source", () => {
    const broken: TEvalSet = copy(set);
    const [first, second, third] = broken.clusters;
    first!.passages[0]!.source = "005";
    // 002's photo caption repeats its lede, so this sentence occurs twice.
    second!.passages[0] = { source: "002", quote: "同日,川普後又與烏克蘭總統澤倫斯基(Volodymyr Zelensky)通話", stance: "SUPPORTS" };
    third!.passages[0]!.source = third!.claim.source;
    const problems = evalSetProblems({ set: broken, aliases, cleanTexts }).join("\n");
    expect(problems).toMatch(/unknown source "005"/);
    expect(problems).toMatch(/occurs 2 times in 002/);
    expect(problems).toMatch(/from the claim's own source/);
  });

  it(`fewer than ${MIN_CLUSTERS} clusters, or a cluster id used twice`, () => {
    const few: TEvalSet = { ...copy(set), clusters: set.clusters.slice(0, MIN_CLUSTERS - 1) };
    expect(evalSetProblems({ set: few, aliases, cleanTexts })).toContain(`only ${MIN_CLUSTERS - 1} clusters (at least ${MIN_CLUSTERS} wanted)`);
    const twice: TEvalSet = { ...copy(set), clusters: [...copy(set.clusters), copy(set.clusters[0]!)] };
    expect(evalSetProblems({ set: twice, aliases, cleanTexts }).join("\n")).toMatch(/cluster id "borders-2014" is used twice/);
  });

  it("a stance other than SUPPORTS or REFUTES, or a source that is not a 3-digit prefix, is refused on load", () => {
    const raw = copy(set) as unknown as { clusters: { claim: { source: string }; passages: { stance: string }[] }[] };
    raw.clusters[0]!.passages[0]!.stance = "SUPPORT";
    expect(ZEvalSet.safeParse(raw).success).toBe(false);
    const badSource = copy(set) as unknown as typeof raw;
    badSource.clusters[0]!.claim.source = "4";
    expect(ZEvalSet.safeParse(badSource).success).toBe(false);
  });

  it("a duplicated alias key, a name under two keys, an entity the corpus never names", () => {
    const broken: TEntityAlias[] = [
      ...copy(aliases),
      { key: "trump", kind: "PERSON", names: [{ text: "Trump Jr.", lang: "en" }] },
      { key: "zelenskyy", kind: "PERSON", names: [{ text: "澤倫斯基", lang: "zh-Hant" }] },
      { key: "donbas", kind: "PLACE", names: [{ text: "頓巴斯", lang: "zh-Hant" }] },
    ];
    const problems = evalSetProblems({ set, aliases: broken, cleanTexts }).join("\n");
    expect(problems).toMatch(/alias key "trump" is listed twice/);
    expect(problems).toMatch(/"澤倫斯基" is listed under both "zelensky" and "zelenskyy"/);
    expect(problems).toMatch(/alias "donbas": none of its names occurs in the demo corpus/);
  });
});
