import { describe, expect, it } from "vitest";
import { cleanText, inferTitle } from "./clean-text";

const txt = (text: string, title?: string) => cleanText(text, { format: "txt", title });

describe("cleanText removes site chrome", () => {
  it("cleans an encyclopedia page: navigation, tagline, [edit] markers, reference markers and list", () => {
    const page = [
      "Jump to content",
      "跳到导航",
      "跳到搜索",
      "Example Town",
      "From Wikipedia, the free encyclopedia",
      "",
      "History[edit]",
      "",
      "The town was founded in 1850.[1] It grew quickly after the railway came.[2][3]",
      "",
      "歷史 [編輯]",
      "",
      "該鎮於1850年建立[來源請求],人口增長迅速[12]。",
      "",
      "References",
      "[edit]",
      "  1. ^ Smith, J. History of the town. 1999.",
      "  2. ^ 2.0 2.1 Doe, A. Growth. 2001.",
      "  3. ↑ Roe, B. Rails. 2003.",
    ].join("\n");
    expect(txt(page)).toBe(
      "Example Town\n\nHistory\n\nThe town was founded in 1850. It grew quickly after the railway came.\n\n歷史\n\n該鎮於1850年建立,人口增長迅速。",
    );
  });

  it("keeps a reference-like heading that introduces prose, and brackets that are not markers", () => {
    const text = "Notes\n\nThe notes of the meeting [in Riyadh] were never published; see [a] and [2025].";
    expect(txt(text)).toBe(text);
  });

  it("drops breadcrumbs but keeps prose that uses the same symbols", () => {
    expect(txt("当前位置:首页 > 新闻 > 正文\n您的位置：首页 › 国际\nHome » World » Europe\n\n正文第一句。")).toBe("正文第一句。");
    expect(txt("If inflation > 5% > target, the bank will act.\n\nA > B")).toBe("If inflation > 5% > target, the bank will act.\n\nA > B");
  });

  it("drops byline and publishing lines, but not a sentence that starts with such a label", () => {
    const text = [
      "发布时间:2025-02-21 10:14:03\u00a0\u00a0 作者:xjh\u00a0\u00a0 来源:",
      "作者：张三  来源：新华社",
      "Published: 2025-02-20",
      "",
      "来源:据路透社报道,双方已经同意停火。",
      "",
      "責任編輯:李四",
    ].join("\n");
    expect(txt(text)).toBe("来源:据路透社报道,双方已经同意停火。");
  });

  it("drops a recommendation block up to the next paragraph of prose", () => {
    const text = [
      "第一段文章内容。",
      "",
      "相关阅读",
      "美国宣布新制裁措施",
      "俄方回应制裁 称将采取反制措施并且不会让步...",
      "2025-02-20 10:00",
      "",
      "第二段文章内容继续写。",
      "",
      "Read more:",
      "Talks in Riyadh end without a deal",
      "",
      "The last paragraph of the article.",
      "",
      "猜你喜歡",
      "另一則新聞標題",
      "推薦閱讀",
      "更多內容的摘要,被網站截斷了……",
    ].join("\n");
    expect(txt(text)).toBe("第一段文章内容。\n\n第二段文章内容继续写。\n\nThe last paragraph of the article.");
  });

  it("drops a bare dateline in the header but keeps dates in the body", () => {
    expect(txt("標題\n\n2025-02-20\n\n正文第一句。\n\n2025-02-21\n\n事件繼續發展。")).toBe("標題\n\n正文第一句。\n\n2025-02-21\n\n事件繼續發展。");
  });

  it("keeps lines that only contain a navigation phrase inside a sentence", () => {
    expect(txt("请点击跳转到内容页面查看全文。")).toBe("请点击跳转到内容页面查看全文。");
  });
});

describe("cleanText drops repeated headlines", () => {
  const title = "泽连斯基称准备好与美国达成协议 乌克兰和俄罗斯停战谈判面临哪些困难";
  const fragment = title.slice(0, -1);

  it("keeps the first occurrence and drops repeats, prefixes and glued fragments", () => {
    const text = [title, "", `${fragment}当地时间2月20日,双方举行了会议。`, "", `会谈细节尚未披露。${fragment}`, "", title, "", fragment, "", "结尾一句。"].join("\n");
    expect(txt(text, title)).toBe(`${title}\n\n当地时间2月20日,双方举行了会议。\n\n会谈细节尚未披露。\n\n结尾一句。`);
  });

  it("infers the headline when none is given", () => {
    expect(txt(`${title}\n\n正文。\n\n${title}`)).toBe(`${title}\n\n正文。`);
  });

  it("leaves a sentence that opens with a few of the headline's words, and text before the headline", () => {
    const text = [`${fragment}当地时间……`, "", title, "", "泽连斯基称准备好与美国合作。", "", "完。"].join("\n");
    expect(txt(text, title)).toBe(text);
  });

  it("never strips a headline inferred from a first sentence from that sentence's paragraph", () => {
    const text = "美俄代表在利雅德会面,同意继续谈判。乌克兰没有参加这次会谈。\n\n第二段。";
    expect(txt(text)).toBe(text);
  });
});

describe("cleanText normalizes", () => {
  it("composes to NFC, unifies line endings, trims lines and collapses blank lines", () => {
    expect(txt("  Cafe\u0301 au lait.  \r\n\r\n\r\n\u00a0\r\n\u3000\u3000全形縮排的段落。\t\rLast line.\n\n")).toBe(
      "Café au lait.\n\n全形縮排的段落。\nLast line.",
    );
  });

  it("makes each line a paragraph in a file without blank lines", () => {
    expect(txt("第一段。\n第二段。\n第三段。")).toBe("第一段。\n\n第二段。\n\n第三段。");
    expect(txt("標題\n\n第一行\n第二行")).toBe("標題\n\n第一行\n第二行");
  });

  it("normalizes list bullets", () => {
    expect(txt("清單:\n  •\u00a0美国:表示支持。\n  ● 乌克兰:表示反对。")).toBe("清單:\n\n• 美国:表示支持。\n\n• 乌克兰:表示反对。");
  });
});

describe("cleanText strips Markdown", () => {
  it("removes front matter, syntax, images and tag links while keeping every word", () => {
    const md = [
      "---",
      "title: 标题",
      "tags:",
      "  - world_news",
      "---",
      "",
      "Heading",
      "=======",
      "",
      "## 第二节 ##",
      "",
      "Text with **bold**, __strong__, *em*, _under_, ~~gone~~, `code` and a [link](https://a.example/x_(y)).",
      "A snake_case_name, 2 * 3 * 4 and a \\*literal\\* star stay.",
      "![photo](https://img.example/p.png)",
      "",
      "* item one",
      "+ item two",
      "3. item three",
      "- [x] done",
      "> quoted **words**",
      "",
      "***",
      "",
      "```",
      "const a = 1;",
      "```",
      "[ref]: https://a.example",
      "[world_news](https://site.example/tags/world_news)",
    ].join("\n");
    expect(cleanText(md, { format: "md" })).toBe(
      [
        "Heading",
        "",
        "第二节",
        "",
        "Text with bold, strong, em, under, gone, code and a link.",
        "A snake_case_name, 2 * 3 * 4 and a *literal* star stay.",
        "",
        "item one",
        "item two",
        "item three",
        "done",
        "quoted words",
        "",
        "const a = 1;",
      ].join("\n"),
    );
  });
});

describe("inferTitle", () => {
  it("prefers an opening line that reads as a heading", () => {
    expect(inferTitle("圖說:這是一張照片。\n\n美俄會談結束\n\n正文。")).toBe("美俄會談結束");
    expect(inferTitle("2025-02-20\n\nTalks end\n\nText.")).toBe("Talks end");
  });

  it("falls back to the first sentence, shortened when long, and to null for no text", () => {
    expect(inferTitle("Both sides met. They agreed to talk again.")).toBe("Both sides met.");
    expect(inferTitle(`${"很長的句子".repeat(30)}。`)).toBe(`${"很長的句子".repeat(20).slice(0, 99)}…`);
    expect(inferTitle("\n\n")).toBeNull();
  });
});
