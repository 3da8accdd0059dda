import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findManifestEntry, parseManifest } from "./manifest";
import { parseDocument, type TParsedDocument } from "./parse-document";

// The five real demo sources, exactly as collected (prisma/demo is the project's copy of the
// corpus). Expected values were read off the files by hand, not produced by the code under test.

const DEMO = fileURLToPath(new URL("../../prisma/demo/", import.meta.url));
const manifest = parseManifest(JSON.parse(readFileSync(`${DEMO}manifest.json`, "utf8")));
const bytesOf = (file: string) => new Uint8Array(readFileSync(DEMO + file));
const rawLines = (file: string) => readFileSync(DEMO + file, "utf8").split("\n");

type TCase = {
  file: string;
  title: string;
  published: string | null;
  hasTime: boolean;
  languages: string[];
  format: "txt" | "md";
  /** 1-based lines of the raw file that are not article prose (chrome, metadata, repeats). */
  chrome: number[];
  /** Removes what cleaning legitimately strips from inside an article line. */
  scrub?: (line: string, index: number) => string;
  /** Sentences of the article from its beginning, middle and end, as they must read once cleaned. */
  sentences: string[];
  absent: string[];
};

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const TITLE_003 = "泽连斯基称准备好与美国达成协议 乌克兰和俄罗斯停战谈判面临哪些困难";

const CASES: TCase[] = [
  {
    file: "000_04c923e9e2a2d394.txt",
    title: "美國與俄羅斯代表進行會談,準備解決烏克蘭領土問題",
    published: "2025-02-20T00:00:00.000Z",
    hasTime: false,
    languages: ["zh-Hant", "en"],
    format: "txt",
    chrome: [3], // the dateline, kept as publishedAt
    sentences: [
      "近期,美國總統川普派遣國務卿馬可·魯比奧(Marco Rubio)前往沙烏地阿拉伯首都利雅德,與俄羅斯外長謝爾蓋·拉夫羅夫(Sergey Lavrov)進行自2022年俄羅斯入侵烏克蘭以來最深入的會談。",
      "根據知情人士透露,川普政府已向烏克蘭提出極具爭議的條件,要求烏克蘭將其稀有礦產資源的一半提供給美國,以作為對先前軍事援助的補償。",
      "在這場國際角力中,各方勢力如何協調,將決定烏俄戰爭的最終走向。",
      "Recently, U.S. President Donald Trump dispatched Secretary of State Marco Rubio to Riyadh, the capital of Saudi Arabia, to hold the most in-depth talks since Russia's 2022 invasion of Ukraine with Russian Foreign Minister Sergey Lavrov.",
      "He further warned the international community against trusting Russian President Vladimir Putin’s promises, emphasizing that Ukraine’s sovereignty and territorial integrity are non-negotiable.",
      "In this complex geopolitical struggle, how various forces coordinate their interests will ultimately determine the final outcome of the Ukraine-Russia conflict.",
      "照片:DALLE3",
    ],
    absent: ["2025-02-20", "\u00a0"],
  },
  {
    file: "001_882cca5b5e696ba3.txt",
    title: "美俄就烏克蘭實現和平的談判",
    published: null,
    hasTime: false,
    languages: ["zh-Hant"],
    format: "txt",
    chrome: [1, 5, 64, ...range(67, 96)], // skip link, tagline, reference heading and list
    scrub: (line) => line.replace(/\[编辑\]|\[\d+\]/g, "").replace(/^\s*•\s*/, ""),
    sentences: [
      "2025年2月,在俄羅斯入侵烏克蘭、及在美國總統當勞·特朗普展開第二次任期的背景下,美國俄羅斯兩國於沙地阿拉伯利雅德展開談判,討論如何在烏克蘭實現和平",
      "祖·拜登執政時期,美國政府堅持不會在俄羅斯持續入侵烏克蘭期間與俄羅斯展開談判\n",
      "他競選時承諾,若成功連任,將解決烏克蘭衝突。",
      "2月12日,美國總統特朗普與俄羅斯總統弗拉基米爾·普京進行電話會談,雙方同意啟動談判,以結束烏克蘭戰爭。這次通話持續約90分鐘\n",
      "正式談判於2月18日舉行,歷時4.5小時。",
      "• 美国:國防部長皮特·赫格塞斯表示,展開談判不應以俄羅斯的讓步為前提。總統特朗普則表示,他希望俄羅斯能夠重新加入七大工業國組織\n",
      "紐約時報》評論指,普京和特朗普之間的談判顯示,西方試圖在俄羅斯入侵烏克蘭期間孤立俄羅斯的外交努力已告失敗",
    ],
    absent: ["跳转到内容", "[编辑]", "维基百科", "自由的百科全书", "參考文獻", "^ ", "原始内容存档", "Трамп", "ABC News", "[1]", "[30]"],
  },
  {
    file: "002_0999f191fb41fc01.txt",
    title: "川普同日與普京、澤倫斯基通話 白宮新聞發布會詳解俄烏談判",
    published: "2025-02-13T00:00:00.000Z", // from "【看中國2025年2月13日訊】" in the lead
    hasTime: false,
    languages: ["zh-Hant", "en"],
    format: "txt",
    chrome: [],
    sentences: [
      "克里姆林宮證實美方說法,並指普京還邀請川普訪問莫斯科。",
      "川普後來在白宮告訴記者:「我們(與普京)將在沙特阿拉伯會面。」",
      "烏克蘭擁有豐富的鋰、鈦等關鍵金屬元素和礦物資源,它們對於製造現代技術至關重要。",
      "I had a long and detailed conversation with President Trump. I appreciate his genuine interest in our shared opportunities and how we can bring about real peace together.",
      "We discussed many aspects—diplomatic, military, and economic—and President Trump informed me about what… pic.twitter.com/flmigxqtbl",
      "美國把在太平洋地區嚇阻與中共的戰爭作為首要目標,我們認識到資源稀缺的現實,我們正在對資源配置加以權衡,以確保震攝不會失效。",
      "我没有承诺访问乌克兰,但会考虑,没有问题;… pic.twitter.com/ZFGRddZyny",
    ],
    absent: [],
  },
  {
    file: "003_1aceba9d999669b9.txt",
    title: TITLE_003,
    published: "2025-02-21T10:14:03.000Z",
    hasTime: true,
    languages: ["zh-Hans"],
    format: "txt",
    chrome: [1, 5, 15, 27, 45, ...range(60, 87)], // breadcrumb, byline, repeated headline, recommendations
    scrub: (line, index) => (index === 2 ? line : line.replace(TITLE_003.slice(0, -1), "")),
    sentences: [
      "当地时间2月20日,乌克兰总统泽伦斯基在社交媒体平台上透露,他与美国政府乌克兰和俄罗斯问题使者基思·凯洛格举行了会议。",
      "我们提出了实现这一目标的最快、最具建设性的方法。",
      "20日,乌克兰总统连斯基在基辅会见了美国政府乌克兰和俄罗斯问题使者凯洛格,但会谈细节尚未披露。",
      "乌克兰总统办公室表示,应美国要求,双方不会在会后召开联合新闻发布会。\n",
      "并追究战争责任36.双方立场完全对立,短期内无妥协空间\n",
      "而乌方若接受现状将违背其“收复失地”的战争目标民意对“妥协”的接受度极低,加剧谈判僵局\n",
      "当前各方立场差距超过可斡旋范围,实质性突破需等待战场态势或国际格局出现重大变化",
    ],
    absent: ["当前位置", "首页 >", "发布时间", "作者:xjh", "猜你喜欢", "推荐阅读", "人形伴侣机器人", "龙鸣联盟", "2025-03-07 14:42:16", "哪些困当地"],
  },
  {
    file: "004_4da7ae27dc7d0813.txt",
    title: "特朗普欲“单飞”和谈惹众怒，承诺基辅可以参与俄乌谈判",
    published: "2025-02-14T08:41:48.000Z",
    hasTime: true,
    languages: ["zh-Hans"],
    format: "md", // saved as .txt, but it is Markdown with YAML front matter
    chrome: [...range(1, 26), 116], // front matter, category link
    scrub: (line) => line.replace(/\*\*/g, ""),
    sentences: [
      "美国总统特朗普周四表示，乌克兰将参与与俄罗斯的和平谈判，但基辅方面表示，在周五的安全会议上与莫斯科进行对话为时尚早。",
      "泽连斯基说：“我们作为一个主权国家，根本无法接受任何没有我们的协议。”",
      "欧洲外交政策负责人卡亚-卡拉斯（Kaja Kallas）说：“任何快速解决都是肮脏的交易。”她还谴责了事先提出的明显让步。",
      "23岁的Myroslava Lesko站在基辅市中心纪念阵亡将士的旗海附近说：“看起来他们真的想拱手让出乌克兰，因为我看不到这些谈判或特朗普的言论能给我们国家带来任何好处。”",
      "他在社交媒体上说：“拜登和特朗普的区别在于，特朗普大声说出了拜登在乌克兰问题上的想法和做法。”",
    ],
    absent: ["---", "thumbnail:", "title:", "sidebar:", "**", "jin10_articles_articles", "](https://"],
  },
];

/** Every sentence of the raw file's article lines, after the scrub. */
function articleSentences(c: TCase): string[] {
  const chrome = new Set(c.chrome);
  return rawLines(c.file)
    .map((line, index) => (chrome.has(index + 1) ? "" : (c.scrub?.(line, index) ?? line)))
    .flatMap((line) => line.trim().split(/(?<=[。！？!?])|(?<=\.)\s+(?=[A-Z])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
}

describe.each(CASES)("demo source $file", (c) => {
  const entry = findManifestEntry(manifest, c.file);
  const withManifest = parseDocument({ fileName: c.file, bytes: bytesOf(c.file), manifestEntry: entry });
  const inferred = parseDocument({ fileName: c.file, bytes: bytesOf(c.file) });

  it.each([
    ["with its manifest entry", withManifest],
    ["from the file alone", inferred],
  ] as [string, TParsedDocument][])("reads title, date, format and languages %s", (_, doc) => {
    expect(doc.title).toBe(c.title);
    expect(doc.publishedAt?.toISOString() ?? null).toBe(c.published);
    expect(doc.publishedHasTime).toBe(c.hasTime);
    expect(doc.format).toBe(c.format);
    expect(doc.languages).toEqual(c.languages);
    expect(doc.primaryLanguage).toBe(c.languages[0]);
  });

  it("keeps the file untouched as rawText and hashes its bytes", () => {
    expect(withManifest.rawText).toBe(readFileSync(DEMO + c.file, "utf8"));
    expect(withManifest.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(inferred.contentHash).toBe(withManifest.contentHash);
    expect(inferred.cleanText).toBe(withManifest.cleanText);
  });

  it("keeps the chosen sentences from beginning, middle and end", () => {
    for (const sentence of c.sentences) expect(withManifest.cleanText + "\n").toContain(sentence);
  });

  it("keeps every sentence of every article paragraph", () => {
    const sentences = articleSentences(c);
    expect(sentences.length).toBeGreaterThan(10);
    const missing = sentences.filter((sentence) => !withManifest.cleanText.includes(sentence));
    expect(missing).toEqual([]);
  });

  it("drops the site chrome", () => {
    for (const chrome of [...c.absent, "跳转到内容", "[编辑]", "推荐阅读", "当前位置", "thumbnail:", "**"]) {
      expect(withManifest.cleanText).not.toContain(chrome);
    }
    expect(withManifest.cleanText).not.toMatch(/\n{3}|[ \t]\n|\r/);
  });
});

describe("demo corpus specifics", () => {
  const clean = (file: string) => parseDocument({ fileName: file, bytes: bytesOf(file) }).cleanText;

  it("keeps one copy of 003's headline, which the page repeats and glues onto paragraphs", () => {
    const text = clean("003_1aceba9d999669b9.txt");
    expect(text.split(TITLE_003.slice(0, -1)).length - 1).toBe(1);
    expect(text.startsWith(`${TITLE_003}\n\n当地时间2月20日,乌克兰总统泽伦斯基`)).toBe(true);
    expect(text.endsWith("实质性突破需等待战场态势或国际格局出现重大变化")).toBe(true);
  });

  it("gives 002, which has no blank lines, one paragraph per line", () => {
    const text = clean("002_0999f191fb41fc01.txt");
    expect(text.split("\n\n")).toHaveLength(rawLines("002_0999f191fb41fc01.txt").length);
  });

  it("keeps the 001 section headings but not the empty reference section", () => {
    const paragraphs = clean("001_882cca5b5e696ba3.txt").split("\n\n");
    expect(paragraphs.slice(0, 2)).toEqual(["美俄就烏克蘭實現和平的談判", "美俄代表團在利雅德會面"]);
    for (const heading of ["背景", "事件發展", "反應", "相關國家", "評論"]) expect(paragraphs).toContain(heading);
    expect(paragraphs.at(-1)).toBe("紐約時報》評論指,普京和特朗普之間的談判顯示,西方試圖在俄羅斯入侵烏克蘭期間孤立俄羅斯的外交努力已告失敗");
  });

  it("takes 004's summary and metadata from front matter, and the manifest's publisher and url", () => {
    const entry = findManifestEntry(manifest, "004_4da7ae27dc7d0813.txt");
    const doc = parseDocument({ fileName: "004_4da7ae27dc7d0813.txt", bytes: bytesOf("004_4da7ae27dc7d0813.txt"), manifestEntry: entry });
    expect(doc.summary).toBe("美国总统特朗普周四表示，乌克兰将参与与俄罗斯的和平谈判，但基辅方面表示，在周五的安全会议上与莫斯科...");
    expect(doc.publisher).toBe("金十数据 (jin10)");
    expect(doc.url).toBe("https://xnews.jin10.com/details/163169");
    expect(doc.cleanText.startsWith("美国总统特朗普周四表示")).toBe(true);
  });
});
