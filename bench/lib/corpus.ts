import { createHash } from "node:crypto";
import { createOffsetIndex, describeSelection, validateSelector } from "@/lib/claims/anchor";
import { describeIndexed } from "@/lib/claims/anchor-select";

// Synthetic but plausible source texts (Traditional Chinese with English names, Simplified Chinese,
// English) and claims anchored to sentences of them with the app's own selector code, so every
// quote and position is one the claim page can highlight.

/** The word the free-text scenario searches for: it appears in 1 claim out of RARE_EVERY. */
export const RARE_WORD = "desalination";
const RARE_EVERY = 100;

export type TLanguage = "zh-Hant" | "zh-Hans" | "en";
export type TSourceDoc = {
  index: number; title: string; publisher: string; languages: TLanguage[]; primary: TLanguage;
  cleanText: string; contentHash: string;
};
export type TClaimAnchor = {
  ordinal: number; sourceIndex: number; text: string;
  exact: string; prefix: string; suffix: string; start: number; end: number;
};

/** mulberry32: a small seeded generator, so the same sizes always give the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const ZH_HANT = {
  who: ["外交部發言人", "衛生福利部", "台北市政府", "經濟部長", "環境部", "國防部", "中央選舉委員會", "Reuters 引述的官員", "BBC 中文網", "立法委員"],
  what: ["新的能源補貼", "疫苗採購計畫", "港口擴建工程", "半導體出口管制", "選舉登記數字", "空氣品質監測", "Taipower 的電價調整", "國際航線恢復"],
  verb: ["已經正式啟動", "預計延後實施", "比去年增加了", "遭到多方質疑", "獲得立法院通過", "將在下半年完成"],
  rare: "海水淡化廠（desalination）的興建",
};
const ZH_HANS = {
  who: ["新华社报道", "国务院新闻办", "上海市政府", "商务部发言人", "国家统计局", "Xinhua 援引的专家", "生态环境部"],
  what: ["新能源汽车出口", "粮食储备数据", "高铁线路规划", "外资准入清单", "城市空气指数", "跨境电商试点"],
  verb: ["已经全面展开", "同比增长了", "受到外界关注", "预计明年完成", "被证实有误"],
  rare: "海水淡化（desalination）项目",
};
const EN = {
  who: ["The ministry spokesperson", "A Reuters report", "The city council", "The central bank governor", "Opposition lawmakers", "The health agency", "An AP investigation"],
  what: ["the energy subsidy", "the vaccine procurement plan", "the port expansion", "chip export controls", "voter registration figures", "the air quality index"],
  verb: ["has already started", "will be delayed", "rose sharply", "was widely disputed", "passed its final reading", "will finish next year"],
  rare: "the new desalination plant",
};

function sentence(random: () => number, language: TLanguage, serial: number, rare: boolean): string {
  const year = 2019 + (serial % 7);
  const figure = 1 + Math.floor(random() * 980);
  if (language === "en") {
    const what = rare ? EN.rare : pick(random, EN.what);
    return `${pick(random, EN.who)} said ${what} ${pick(random, EN.verb)} in ${year}, citing ${figure} cases (ref. ${serial}).`;
  }
  const set = language === "zh-Hant" ? ZH_HANT : ZH_HANS;
  const what = rare ? set.rare : pick(random, set.what);
  return `${pick(random, set.who)}表示，${what}在${year}年${pick(random, set.verb)}，涉及${figure}萬人（第${serial}號）。`;
}

const LANGUAGE_MIX: readonly TLanguage[][] = [["zh-Hant", "en"], ["zh-Hant"], ["en"], ["zh-Hans"], ["zh-Hant", "en"]];

/**
 * Builds `sources` texts holding `claims` claimed sentences between unclaimed filler, claim n in
 * source n % sources. Returns the anchors in claim order (ordinal 0 … claims − 1).
 */
export function buildCorpus({ claims, sources, seed = 20261123 }: { claims: number; sources: number; seed?: number }) {
  const random = seededRandom(seed);
  const docs: TSourceDoc[] = [];
  const anchors: TClaimAnchor[] = new Array<TClaimAnchor>(claims);
  for (let s = 0; s < sources; s++) {
    const languages = LANGUAGE_MIX[s % LANGUAGE_MIX.length] ?? ["en"];
    const parts: string[] = [];
    const spans: { ordinal: number; start: number; end: number; text: string }[] = [];
    let length = 0; // in code points
    const push = (text: string) => {
      parts.push(text);
      length += [...text].length;
    };
    for (let ordinal = s, k = 0; ordinal < claims; ordinal += sources, k++) {
      const language = languages[k % languages.length] ?? "en";
      if (k % 3 === 0) push(sentence(random, language, ordinal + 1_000_000, false) + " ");
      const text = sentence(random, language, ordinal, ordinal % RARE_EVERY === RARE_EVERY - 1);
      const start = length;
      push(text);
      spans.push({ ordinal, start, end: length, text });
      push(k % 5 === 4 ? "\n\n" : " ");
    }
    const cleanText = parts.join("").trimEnd();
    const index = createOffsetIndex(cleanText);
    for (const span of spans) {
      const anchor = describeIndexed(cleanText, index, span.start, span.end, 32);
      if (anchor.quote.exact !== span.text) throw new Error(`Anchor mismatch for claim ${span.ordinal}`);
      anchors[span.ordinal] = {
        ordinal: span.ordinal, sourceIndex: s, text: span.text, exact: anchor.quote.exact,
        prefix: anchor.quote.prefix, suffix: anchor.quote.suffix, start: span.start, end: span.end,
      };
    }
    const primary = languages[0] ?? "en";
    docs.push({
      index: s, title: `Synthetic source ${s + 1} (${languages.join(", ")})`, publisher: pick(random, ["Reuters", "中央社", "BBC", "新华社", "AP"]),
      languages, primary, cleanText, contentHash: createHash("sha256").update(cleanText).digest("hex"),
    });
  }
  checkSample(docs, anchors);
  return { docs, anchors };
}

/** Spot-checks anchors with the app's own validator: a cheap guard against a corpus bug. */
function checkSample(docs: TSourceDoc[], anchors: TClaimAnchor[]): void {
  const step = Math.max(1, Math.floor(anchors.length / 50));
  for (let i = 0; i < anchors.length; i += step) {
    const a = anchors[i];
    const doc = a && docs[a.sourceIndex];
    if (!a || !doc) throw new Error(`Claim ${i} has no anchor`);
    const valid = validateSelector(doc.cleanText, { exact: a.exact, prefix: a.prefix, suffix: a.suffix, start: a.start, end: a.end });
    const again = describeSelection(doc.cleanText, a.start, a.end);
    if (valid.quote.exact !== again.quote.exact) throw new Error(`Claim ${i}: selector does not validate`);
  }
}
