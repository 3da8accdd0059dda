import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse-document";

const utf8 = (text: string) => new TextEncoder().encode(text);
const parse = (fileName: string, content: string | Uint8Array) =>
  parseDocument({ fileName, bytes: typeof content === "string" ? utf8(content) : content });

const ARTICLE = "烏克蘭總統澤倫斯基表示,任何談判都必須有烏克蘭參與。美國與俄羅斯的代表將在利雅德會面。";

describe("parseDocument normalizes text", () => {
  it("composes decomposed characters (NFC) but keeps rawText as given", () => {
    const decomposed = "Cafe\u0301 owners in Kyiv said the talks had begun.";
    const doc = parse("nfc.txt", decomposed);
    expect(doc.rawText).toBe(decomposed);
    expect(doc.cleanText).toBe("Café owners in Kyiv said the talks had begun.");
    expect(doc.cleanText).toContain("\u00e9");
    expect(doc.cleanText).not.toContain("\u0301");
  });

  it("strips a byte-order mark and normalizes line endings, hashing the bytes as uploaded", () => {
    const doc = parse("crlf.txt", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(`標題\r\n\r\n${ARTICLE}  \r\n\r\n\r\n\r\n第二段。\r\n`)]));
    expect(doc.rawText).toBe(`標題\r\n\r\n${ARTICLE}  \r\n\r\n\r\n\r\n第二段。\r\n`);
    expect(doc.cleanText).toBe(`標題\n\n${ARTICLE}\n\n第二段。`);
    expect(doc.contentHash).not.toBe(parse("crlf.txt", `標題\r\n\r\n${ARTICLE}  \r\n\r\n\r\n\r\n第二段。\r\n`).contentHash);
  });

  it("hashes the raw bytes with sha256", () => {
    expect(parse("abc.txt", "abc").contentHash).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("keeps full-width punctuation and never converts between scripts", () => {
    const doc = parse("mixed.txt", "国际新闻\n\n他說：「這是國際問題。」她说：“这是国际问题。”");
    expect(doc.cleanText).toBe("国际新闻\n\n他說：「這是國際問題。」她说：“这是国际问题。”");
  });
});

describe("parseDocument infers metadata from a plain file", () => {
  it("takes the first heading-like line as title and the first date near the top", () => {
    const doc = parse(
      "news.txt",
      `跳转到内容\n\n美国宣布新制裁\n\n发布时间:2025年2月13日 09:30  来源:新华社\n\n${ARTICLE}\n\n2024-12-01 的会谈没有结果。`,
    );
    expect(doc.title).toBe("美国宣布新制裁");
    expect(doc.publishedAt?.toISOString()).toBe("2025-02-13T09:30:00.000Z");
    expect(doc.publishedHasTime).toBe(true);
    expect(doc.cleanText).toBe(`美国宣布新制裁\n\n${ARTICLE}\n\n2024-12-01 的会谈没有结果。`);
    expect(doc).toMatchObject({ publisher: null, url: null, summary: null, format: "txt" });
  });

  it("uses the first sentence when no line reads as a heading, and no date when none is given", () => {
    const doc = parse("lead.txt", `${ARTICLE}\n\n第二段也是完整的句子。`);
    expect(doc.title).toBe("烏克蘭總統澤倫斯基表示,任何談判都必須有烏克蘭參與。");
    expect(doc.publishedAt).toBeNull();
    expect(doc.publishedHasTime).toBe(false);
  });

  it("ignores dates that are not real days and dates deep in the text", () => {
    const lines = ["標題", "2025-02-30", ...Array.from({ length: 15 }, (_, i) => `第${i + 1}段。`), "2025-02-20"];
    expect(parse("late.txt", lines.join("\n\n")).publishedAt).toBeNull();
  });

  it("lets the manifest entry outrank the file, and a null manifest date fall back to the file", () => {
    const content = `美国宣布新制裁\n\n2025-02-13\n\n${ARTICLE}`;
    const doc = parseDocument({
      fileName: "news.txt",
      bytes: utf8(content),
      manifestEntry: { title: "  Desk title ", publisher: "Desk", url: "https://example.org/a", published: "2025-02-21T10:14:03", languages: ["en"] },
    });
    expect(doc).toMatchObject({ title: "Desk title", publisher: "Desk", url: "https://example.org/a", languages: ["en"], primaryLanguage: "en" });
    expect(doc.publishedAt?.toISOString()).toBe("2025-02-21T10:14:03.000Z");
    expect(doc.publishedHasTime).toBe(true);
    const fallback = parseDocument({ fileName: "news.txt", bytes: utf8(content), manifestEntry: { published: null, languages: ["ru"] } });
    expect(fallback.publishedAt?.toISOString()).toBe("2025-02-13T00:00:00.000Z");
    expect(fallback.languages).toEqual(["zh-Hant"]); // no desk language declared: detected
    expect(fallback.title).toBe("美国宣布新制裁");
  });
});

describe("parseDocument reads Markdown", () => {
  const md = [
    "---",
    'title: "停火谈判 **首轮** 结束"',
    "date: 2025-02-14",
    "lang: zh-TW",
    "summary: 雙方同意繼續談判。",
    "tags: [diplomacy]",
    "---",
    "",
    "# 停火談判首輪結束",
    "",
    "雙方代表在**利雅德**會面,並同意[繼續談判](https://example.org/next \"next\")。![地圖](map.png)",
    "",
    "- 第一點:交換戰俘。",
    "1. 第二點:恢復使館。",
    "> 引述:「和平需要時間。」",
    "",
    "[diplomacy](https://example.org/tags/diplomacy)",
  ].join("\n");

  it("takes title, date, languages and summary from front matter without a manifest", () => {
    const doc = parse("talks.md", md);
    expect(doc.format).toBe("md");
    expect(doc.title).toBe("停火谈判 **首轮** 结束");
    expect(doc.publishedAt?.toISOString()).toBe("2025-02-14T00:00:00.000Z");
    expect(doc.publishedHasTime).toBe(false);
    expect(doc.languages).toEqual(["zh-Hant"]);
    expect(doc.summary).toBe("雙方同意繼續談判。");
  });

  it("strips Markdown syntax, front matter and tag links but keeps every word", () => {
    expect(parse("talks.md", md).cleanText).toBe(
      "停火談判首輪結束\n\n雙方代表在利雅德會面,並同意繼續談判。\n\n第一點:交換戰俘。\n第二點:恢復使館。\n引述:「和平需要時間。」",
    );
  });

  it("never evaluates JavaScript front matter", () => {
    const hostile = "---js\n{ title: (globalThis.__factdeskPwned = true, 'x') }\n---\nThe body of this note is plain text for the desk.";
    const doc = parse("hostile.md", hostile);
    expect((globalThis as { __factdeskPwned?: boolean }).__factdeskPwned).toBeUndefined();
    expect(doc.title).not.toBe("x");
  });

  it("reads a .txt that opens with front matter as Markdown", () => {
    const doc = parse("saved.txt", "---\ntitle: Saved page\ndate: '2025-02-14 08:41:48'\n---\n\nIt was **saved** as text, and it is still Markdown.");
    expect(doc).toMatchObject({ format: "md", title: "Saved page", cleanText: "It was saved as text, and it is still Markdown." });
    expect(doc.publishedAt?.toISOString()).toBe("2025-02-14T08:41:48.000Z");
  });

  it("keeps a body whose front matter is broken, without the broken block", () => {
    const doc = parse("broken.md", "---\ntitle: [unclosed\n---\nThe article text survives a broken header block.");
    expect(doc.cleanText).toBe("The article text survives a broken header block.");
  });
});

describe("parseDocument reads HTML", () => {
  const html = `<!DOCTYPE html><html lang="zh-Hant"><head>
    <title>停火談判首輪結束 | 新聞網</title>
    <meta name="description" content="雙方同意繼續談判。"><meta property="og:site_name" content="新聞網">
    <link rel="canonical" href="https://news.example/a/1"><style>p { color: red }</style>
    <script>window.tracking = "跳转到内容";</script></head>
    <body><header><nav><a href="/">首頁</a> <a href="/world">國際</a></nav></header>
    <article><header><h1>停火談判首輪結束</h1><p>2025年2月18日 14:05</p></header>
    <p>雙方代表在利雅德會面,
       並同意繼續談判。</p><p>美方&amp;俄方將互派大使&nbsp;恢復使館運作。<br>第二行仍屬同一段。</p>
    <aside>相關閱讀:其他新聞</aside></article>
    <footer>版權所有 © 新聞網</footer></body></html>`;

  it("extracts article text with paragraph breaks and drops chrome", () => {
    const doc = parse("page.html", html);
    expect(doc.cleanText).toBe(
      "停火談判首輪結束\n\n雙方代表在利雅德會面, 並同意繼續談判。\n\n美方&俄方將互派大使\u00a0恢復使館運作。\n第二行仍屬同一段。",
    );
  });

  it("reads title (the <h1> inside a site-suffixed <title>), date, summary, publisher and url", () => {
    const doc = parse("page.htm", html);
    expect(doc).toMatchObject({
      format: "html",
      title: "停火談判首輪結束",
      summary: "雙方同意繼續談判。",
      publisher: "新聞網",
      url: "https://news.example/a/1",
      languages: ["zh-Hant"],
    });
    expect(doc.publishedAt?.toISOString()).toBe("2025-02-18T14:05:00.000Z");
    expect(doc.rawText).toBe(html);
  });

  it("falls back to the first <h1> without a <title>, and sniffs HTML saved as .txt", () => {
    const doc = parse("saved.txt", "<html><body><h1>Talks end</h1><p>Both sides agreed to meet again next week.</p></body></html>");
    expect(doc).toMatchObject({ format: "html", title: "Talks end", cleanText: "Talks end\n\nBoth sides agreed to meet again next week." });
  });
});
