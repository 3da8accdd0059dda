import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAliasIndex, findEntityMentions, type TEntity } from "@/lib/text/aliases";
import { normalizeText } from "@/lib/text/normalize";
import { scoreSentence, WEIGHTS, type TCheckWorthiness, type TReasonCode } from "./check-worthiness";
import { explainReason } from "./explain";

// Sentences are from the demo corpus (prisma/demo) unless marked otherwise.
const entities: TEntity[] = [
  { key: "trump", kind: "PERSON", names: [{ text: "川普", lang: "zh-Hant" }, { text: "特朗普", lang: "zh-Hans" }, { text: "Trump", lang: "en" }] },
  { key: "putin", kind: "PERSON", names: [{ text: "普京", lang: "zh-Hans" }, { text: "普丁", lang: "zh-Hant" }, { text: "Putin", lang: "en" }] },
  { key: "zelensky", kind: "PERSON", names: [{ text: "澤倫斯基", lang: "zh-Hant" }, { text: "澤連斯基", lang: "zh-Hant" }, { text: "泽连斯基", lang: "zh-Hans" }, { text: "Zelensky", lang: "en" }, { text: "Zelenskyy", lang: "en" }] },
  { key: "rubio", kind: "PERSON", names: [{ text: "魯比奧", lang: "zh-Hant" }, { text: "卢比奥", lang: "zh-Hans" }, { text: "Rubio", lang: "en" }] },
  { key: "vance", kind: "PERSON", names: [{ text: "萬斯", lang: "zh-Hant" }, { text: "Vance", lang: "en" }] },
  { key: "nato", kind: "ORG", names: [{ text: "北約", lang: "zh-Hant" }, { text: "NATO", lang: "en" }] },
  { key: "ukraine", kind: "PLACE", names: [{ text: "烏克蘭", lang: "zh-Hant" }, { text: "Ukraine", lang: "en" }] },
];
const index = buildAliasIndex(entities);

function score(text: string): TCheckWorthiness {
  const normalized = normalizeText(text);
  return scoreSentence({ text, normalized, mentions: findEntityMentions(index, normalized) });
}
const codes = (text: string) => score(text).reasons.map((r) => r.code);
const detail = (text: string, code: TReasonCode) => score(text).reasons.find((r) => r.code === code)?.detail;

describe("figures", () => {
  it("counts Arabic and Chinese numerals and English number words", () => {
    expect(detail("川普受訪時也表示,烏克蘭的邊界不太可能回復到2014年以前,只說「部分領土能收回來。」", "number")).toBe("2014");
    expect(detail("這場長達四小時的會談旨在修復美俄之間緊張的外交關係。", "number")).toBe("四小時");
    expect(detail("然而，乌克兰人已经被三年的冲突折磨得筋疲力尽，许多人说他们准备牺牲一些目标来实现和平。", "number")).toBe("三年");
    expect(detail("The four-hour meeting aimed to ease diplomatic tensions between the U.S. and Russia.", "number")).toBe("four");
  });

  it("does not count names, ordinals, footnote marks or a lone 一/两", () => {
    for (const text of [
      "他希望俄羅斯重新加入G7集團", // made up: G7 is a name
      "我們在第二次世界大戰中如此成功地共同戰鬥",
      "特朗普與俄羅斯總統進行電話會談[10]", // made up: an encyclopedia footnote
      "俄方要求乌方承诺中立化和去军事化,禁止加入北约及部署外国武器36.",
      "不过，乌克兰总统的一位顾问表示，基辅需要一个共同立场。",
      "特朗普说，他相信两人都希望和平。",
    ]) {
      expect(codes(text), text).not.toContain("number");
    }
  });

  it("reads quantities: magnitudes, money, troops, percentages, halves", () => {
    expect(detail("无休止的冲突已造成俄乌双方数十万军人伤亡，乌克兰城市被夷为平地。", "quantity")).toBe("数十万军人");
    expect(detail("記住,俄羅斯失去了數千萬人,我們同樣也犧牲了很多美國人。", "quantity")).toBe("數千萬人");
    expect(detail("拜登曾发誓要帮助乌克兰赢回所有土地，并提供了价值数百亿美元的军事硬件。", "quantity")).toBe("数百亿美元");
    expect(detail("要求烏克蘭將其稀有礦產資源的一半提供給美國", "quantity")).toBe("一半");
    expect(detail("民調顯示支持率為百分之四十二", "quantity")).toBe("百分之四十二"); // made up
    expect(detail("Support fell to 48% in February, and 20,000 troops remain.", "quantity")).toBe("48%, 20,000 troops"); // made up
    // A quantity is not counted again as a number.
    expect(codes("无休止的冲突已造成俄乌双方数十万军人伤亡")).not.toContain("number");
  });

  it("does not read 萬 in a name (萬斯, Vance) as ten thousand", () => {
    expect(codes("澤倫斯基將於14日見到美國副總統萬斯(JD Vance)。")).not.toContain("quantity");
  });
});

describe("dates", () => {
  it("finds calendar dates, weekdays and relative days in both scripts and English", () => {
    expect(detail("正式談判於2月18日舉行,歷時4.5小時。", "date")).toBe("2月18日");
    expect(detail("正式談判於2月18日舉行,歷時4.5小時。", "number")).toBe("4.5");
    expect(detail("美国总统特朗普周四表示，乌克兰将参与与俄罗斯的和平谈判，但基辅方面表示，在周五的安全会议上与莫斯科进行对话为时尚早。", "date")).toBe("周四, 周五");
    expect(detail("美國國務卿魯比奧週二在利雅德表示", "date")).toBe("週二"); // made up: zh-Hant weekday
    expect(detail("我要感謝普京總統做出的呼籲和努力,以及昨天釋放馬克・福格爾的善意。", "date")).toBe("昨天");
    expect(detail("Talks resumed on February 18 in Riyadh.", "date")).toBe("February 18"); // made up
    expect(detail("周三，特朗普在白宫与普京进行了自2022年2月俄乌冲突爆发以来的首次公开通话", "date")).toBe("周三, 2022年2月");
  });

  it("does not take a duration or a week's count for a date", () => {
    expect(codes("烏克蘭擁有豐富的鋰、鈦等關鍵金屬元素和礦物資源")).not.toContain("date");
    expect(codes("這場長達四小時的會談旨在修復美俄之間緊張的外交關係")).not.toContain("date");
  });
});

describe("who says it", () => {
  it("calls a named person or an office holder with a reporting verb an official", () => {
    expect(detail("特朗普表示,雙方將繼續進行進一步談判。", "official")).toBe("特朗普");
    expect(detail("President Zelensky explicitly stated that Ukraine would not accept any peace agreement.", "official")).toBe("Zelensky");
    expect(detail("克里姆林宮發言人培斯科夫對此回應:「這是不可能的。", "official")).toBe("發言人");
    expect(detail("此外,川普總統在會後公開表示,他希望俄羅斯重新加入七國集團", "official")).toBe("川普");
    // The adviser speaks, not the president who has one.
    expect(detail("不过，乌克兰总统泽连斯基的一位顾问表示，基辅不希望在周五举行的会谈", "official")).toBe("顾问");
    // The speaker stands in the verb's own clause: 川普 only agrees with what 後者 said.
    const agrees = "川普原則上同意國防部長赫格塞斯的觀點,後者12日稍早在北約峰會上表示";
    expect(codes(agrees)).not.toContain("official");
    expect(codes(agrees)).toEqual(expect.arrayContaining(["person", "reporting"]));
  });

  it("names a person, or a reporting verb, alone when they do not meet", () => {
    const text = "同時,普京亦曾多次公開質疑澤連斯基政權的合法性";
    expect(codes(text)).toEqual(["person"]);
    expect(detail(text, "person")).toBe("普京, 澤連斯基");
    expect(detail("据路透社报道，阿联酋已告知美国，它也希望主办会谈。", "reporting")).toBe("据路透社报道");
    expect(codes("一些乌克兰人认为特朗普的举动是一种背叛。")).toEqual(expect.arrayContaining(["person", "reporting"]));
    expect(codes("一些乌克兰人认为特朗普的举动是一种背叛。")).not.toContain("official");
  });

  it("does not take 名称, 小说 or 称为 for reporting verbs", () => {
    for (const text of ["這個組織的名稱改為和平委員會", "他寫的小說很受歡迎", "這一地區被稱為頓巴斯"]) expect(codes(text), text).not.toContain("reporting"); // made up
  });

  it("names places and organisations from the alias table", () => {
    expect(detail("許多歐洲國家擔憂,美國的單邊行動可能會削弱北約的團結,並進一步影響對烏克蘭的軍事與經濟支持。", "entity")).toBe("北約, 烏克蘭");
  });
});

describe("negation and comparison", () => {
  it("finds negations, not the words that merely contain 不, 未 or 非", () => {
    expect(detail("俄羅斯不曾討論過交換領土,未來也不會。", "negation")).toBe("不");
    expect(detail("但周四，一位美国高级官员表示，美国并未排除乌克兰加入北约的可能性", "negation")).toBe("未");
    expect(detail("President Zelensky explicitly stated that Ukraine would not accept any peace agreement.", "negation")).toBe("not");
    for (const text of ["不久我们会取得停火协议进展;", "我們都非常相信它。", "展望未來,烏克蘭與俄羅斯之間的戰爭將如何發展", "我昨晚在白宮親自迎接了一位了不起的人。"]) {
      expect(codes(text), text).not.toContain("negation");
    }
  });

  it("finds comparisons and superlatives, not 最後 or the 比 inside 魯比奧", () => {
    expect(detail("这是外交辞令中最强硬的措辞。", "comparison")).toBe("最");
    expect(detail("美國國務卿魯比奧首次與俄羅斯外交部部長通話", "comparison")).toBe("首次");
    expect(detail("to hold the most in-depth talks since Russia's 2022 invasion of Ukraine", "comparison")).toBe("most");
    expect(codes("接著普京訪問美國,最後特朗普訪問俄羅斯")).not.toContain("comparison");
    expect(codes("美國國務卿魯比奧與俄羅斯外交部部長通話")).not.toContain("comparison");
  });
});

describe("down-weights", () => {
  it("marks page furniture: picture credits, handles, links, navigation", () => {
    expect(codes("圖片來源:JIM WATSON and EMMANUEL DUNAND / AFP via Getty Image)")).toContain("boilerplate");
    expect(codes("— 文智 (@wenzhi2020) February 12, 2025")).toContain("boilerplate");
    expect(codes("我没有承诺访问乌克兰,但会考虑,没有问题;… pic.twitter.com/ZFGRddZyny")).toContain("boilerplate");
    expect(codes("跳转到内容")).toContain("boilerplate");
    expect(codes("推荐阅读:美俄会谈的五个看点")).toContain("boilerplate"); // made up
    // 試圖為 holds 圖為 ("the picture shows") without being a caption.
    expect(codes("在開始第二次總統任期後,特朗普立即著手推動和平談判,試圖為戰爭畫下句點")).not.toContain("boilerplate");
  });

  it("marks questions, fragments and run-ons", () => {
    expect(codes("你相信普京嗎?")).toContain("question"); // made up
    expect(codes("Will the talks in Riyadh end the war?")).toContain("question"); // made up
    expect(codes("当被问及他是否信任普京时，他说：“我相信他希望看到一些事情发生。")).not.toContain("question");
    expect(codes("重磅!")).toContain("short");
    expect(codes("Recently, U.S.")).toContain("short");
    expect(codes("這次通話持續約90分鐘")).not.toContain("short");
    const runOn = Array(6).fill("美國國防部長赫格塞斯表示,美國將優先考慮如何阻止與中共的戰爭").join(",");
    expect(codes(runOn)).toContain("run_on");
  });
});

describe("the score", () => {
  const claim = "川普受訪時也表示,烏克蘭的邊界不太可能回復到2014年以前,只說「部分領土能收回來。」";

  it("is the clamped sum of the weights of its reasons, listed gains first, heaviest first", () => {
    const result = score(claim);
    expect(result.reasons.map((r) => r.code)).toEqual(["official", "number", "entity", "negation"]);
    expect(result.score).toBe(0.75);
    const penalised = score("圖為川普與普京資料圖。(");
    expect(penalised.reasons.at(-1)?.code).toBe("boilerplate");
    expect(penalised.score).toBe(0);
  });

  it("ranks a checkable statement above boilerplate, fragments and questions", () => {
    const others = ["圖片來源:JIM WATSON and EMMANUEL DUNAND / AFP via Getty Image)", "— 文智 (@wenzhi2020) February 12, 2025", "重磅!", "川普對此也同意。", "你相信普京嗎?"];
    for (const other of others) expect(score(claim).score, other).toBeGreaterThan(score(other).score + 0.4);
  });

  it("stays within 0..1 and never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const { score: value, reasons } = score(text);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        for (const reason of reasons) expect(Object.keys(WEIGHTS)).toContain(reason.code);
      }),
      { numRuns: 300 },
    );
  });

  it("is explained in plain English", () => {
    expect(score(claim).reasons.map(explainReason)).toEqual([
      "quotes an official (川普)",
      "mentions a number (2014)",
      "names a place or organisation (烏克蘭)",
      "contains a negation (不)",
    ]);
    expect(explainReason({ code: "short" })).toBe("is a very short fragment");
  });
});
