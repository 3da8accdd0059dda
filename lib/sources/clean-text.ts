import { isDateOnlyLine } from "./dates";
import { htmlToText } from "./html-text";
import { frontMatterList, splitFrontMatter, stripMarkdown } from "./markdown";

// Reduces a collected document to the article a reader needs. The rule that outranks all others:
// a sentence of the article is never dropped. Only whole lines that are recognisably site chrome
// (navigation, breadcrumbs, bylines, reference lists, "recommended" blocks, repeated headlines)
// and inline markers ([编辑], [12]) go; anything unrecognised stays.

export type TSourceFormat = "txt" | "md" | "html";
export type TCleanOptions = { format: TSourceFormat; title?: string | null | undefined };

const NAVIGATION = new Set(
  [
    "跳转到内容", "跳到内容", "跳转至内容", "跳到导航", "跳到搜索", "跳轉到內容", "跳至內容", "跳到導覽", "跳至導覽",
    "跳到搜尋", "跳至搜尋", "开关目录", "開關目錄", "返回顶部", "回到顶部", "返回頂部", "回到頂部", "维基百科,自由的百科全书",
    "維基百科,自由的百科全書", "jump to content", "jump to navigation", "jump to search", "skip to content",
    "skip to main content", "from wikipedia, the free encyclopedia", "toggle the table of contents", "back to top",
  ].map((phrase) => phrase.toLowerCase()),
);
const EDIT_MARKER = /\[\s*(?:编辑|編輯|编辑源代码|編輯原始碼|edit|edit source)\s*\]/gi;
const REFERENCE_MARKER = /\[(?:\d{1,3}|[注註]\s*\d{1,3}|note \d{1,3}|来源请求|來源請求|需要引用|citation needed)\]/gi;
const BREADCRUMB_LEAD = /^(?:当前位置|當前位置|您的位置|你的位置|您现在的位置|您現在的位置|现在位置|you are here)\s*[:：]/i;
const BREADCRUMB_SEPARATOR = /\s*[>›»＞]\s*/;
// Labels that only ever introduce publishing metadata. Plain 时间/日期 ("time", "date") are left
// out: an article may list an event's time and place the same way.
const META_LABEL =
  /^(?:发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|发表时间|發表時間|发表于|發表於|更新时间|更新時間|来源|來源|作者|记者|記者|编辑|編輯|责任编辑|責任編輯|责编|責編|出处|出處|published|updated|posted|source|author)\s*[:：]/i;
const REFERENCE_HEADING =
  /^(?:参考文献|參考文獻|参考资料|參考資料|参考来源|參考來源|注释|註釋|脚注|腳註|引用|references|notes|citations|sources)$/i;
// Wikipedia's reference entries: "12. ^ …", "^ 1.0 1.1 …", "↑ …".
const REFERENCE_ENTRY = /^(?:\d{1,3}\s*[.)、]?\s*)?[\^↑]/;
const RECOMMENDATION_HEADING =
  /^(?:猜你喜欢|猜你喜歡|推荐阅读|推薦閱讀|相关阅读|相關閱讀|相关文章|相關文章|相关新闻|相關新聞|相关推荐|相關推薦|热门推荐|熱門推薦|热门文章|熱門文章|延伸阅读|延伸閱讀|更多新闻|更多新聞|精彩推荐|精彩推薦|为你推荐|為你推薦|related articles|related stories|read more|recommended(?: for you)?|you may also like|more stories)\s*[:：]?$/i;
const SENTENCE_END = /[。！？!?]|\.(?:\s|$)/;
const TEASER_END = /(?:\.\.\.|…)$/;
const BULLET = /^[•●▪◦‣∙]\s*/;

const isProse = (line: string) => SENTENCE_END.test(line) && !TEASER_END.test(line);
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

export function cleanText(text: string, { format, title }: TCleanOptions): string {
  // Page and line tabulations break lines; other control characters are invisible noise.
  let body = text
    .normalize("NFC")
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?|[\v\f]/g, "\n")
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, "");
  let taxonomy: string[] = [];
  if (format === "md") {
    const { data, content } = splitFrontMatter(body);
    taxonomy = frontMatterList(data, "tags", "categories", "category");
    body = stripMarkdown(content);
  } else if (format === "html") {
    body = htmlToText(body).text;
  }
  const input = body.split("\n").map((line) => line.trim());
  // A file with no blank line at all puts one paragraph per line; keep them as paragraphs.
  const oneParagraphPerLine = input.filter((l) => l !== "").length >= 3 && !input.includes("");
  const lines: (string | null)[] = input.map((line) => cleanLine(line, taxonomy));
  dropReferenceLists(lines);
  dropRecommendationBlocks(lines);
  dropHeaderDatelines(lines);
  const headline = title ? squash(title.normalize("NFC")) : inferTitle(openingLines(lines));
  if (headline) dropRepeatedHeadlines(lines, headline);
  const kept = lines.filter((line): line is string => line !== null);
  return kept
    .join(oneParagraphPerLine ? "\n\n" : "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The first lines of content, enough for inferTitle, without joining a whole long document. */
function openingLines(lines: (string | null)[]): string {
  const opening: string[] = [];
  for (const line of lines) {
    if (line) opening.push(line);
    if (opening.length === 5) break;
  }
  return opening.join("\n");
}

/** The line without inline markers, "" for a blank line, null when the whole line is chrome. */
function cleanLine(line: string, taxonomy: string[]): string | null {
  if (line === "") return "";
  const text = line.replace(EDIT_MARKER, "").replace(REFERENCE_MARKER, "").trim().replace(BULLET, "• ");
  if (text === "") return null;
  const key = text.toLowerCase().replace(/，/g, ",");
  if (NAVIGATION.has(key) || taxonomy.includes(text)) return null;
  if (text.length <= 160 && !isProse(text)) {
    if (BREADCRUMB_LEAD.test(text) || META_LABEL.test(text)) return null;
    const crumbs = text.split(BREADCRUMB_SEPARATOR);
    if (crumbs.length >= 3 && crumbs.every((crumb) => crumb.length > 0 && crumb.length <= 24)) return null;
  }
  return text;
}

const nextContent = (lines: (string | null)[], from: number) => {
  for (let i = from; i < lines.length; i += 1) if (lines[i]) return i;
  return -1;
};

/** A reference heading goes only with the reference entries that follow it; other text stays. */
function dropReferenceLists(lines: (string | null)[]) {
  lines.forEach((line, i) => {
    if (!line || !REFERENCE_HEADING.test(line)) return;
    let j = nextContent(lines, i + 1);
    if (j < 0 || !REFERENCE_ENTRY.test(lines[j] ?? "")) return;
    lines[i] = null;
    while (j >= 0 && REFERENCE_ENTRY.test(lines[j] ?? "")) {
      lines[j] = null;
      j = nextContent(lines, j + 1);
    }
  });
}

/**
 * "Recommended reading" blocks list other articles: headlines, teasers cut off with "…", and their
 * dates. The block ends at the first line that reads as a finished sentence of prose.
 */
function dropRecommendationBlocks(lines: (string | null)[]) {
  for (let i = 0; i < lines.length; i += 1) {
    if (!lines[i] || !RECOMMENDATION_HEADING.test(lines[i] ?? "")) continue;
    lines[i] = null;
    for (let j = nextContent(lines, i + 1); j >= 0; j = nextContent(lines, j + 1)) {
      const item = lines[j] ?? "";
      const listed = TEASER_END.test(item) || isDateOnlyLine(item) || RECOMMENDATION_HEADING.test(item) || !isProse(item);
      if (!listed || item.length > 200) break;
      lines[j] = null;
      i = j;
    }
  }
}

/** A bare date in the header, above the first paragraph of prose, is the dateline: metadata, kept as such. */
function dropHeaderDatelines(lines: (string | null)[]) {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 8; i += 1) {
    const line = lines[i];
    if (!line) continue;
    if (isProse(line)) return;
    if (isDateOnlyLine(line)) lines[i] = null;
    seen += 1;
  }
}

/**
 * Scraped pages repeat the headline: as whole lines, and as fragments glued onto the start or end
 * of paragraphs. The first whole-line occurrence stays; later repeats and glued fragments go. A
 * fragment must be most of the headline and no sentence of its own, so a sentence that merely
 * opens with the same words, or a headline inferred from a first sentence, is left alone.
 */
function dropRepeatedHeadlines(lines: (string | null)[], headline: string) {
  const minFragment = Math.max(12, Math.ceil(headline.length * 0.8));
  // Short headlines recur naturally in prose; very long ones would make the search costly.
  const findsFragments = headline.length >= 12 && headline.length <= 200 && !SENTENCE_END.test(headline);
  let seen = false;
  lines.forEach((line, i) => {
    if (!line) return;
    const text = line.length > 4 * headline.length ? line : squash(line);
    if (text === headline || (text.length >= minFragment && headline.startsWith(text))) {
      if (seen) lines[i] = null;
      seen = true;
    } else if (seen && findsFragments) {
      lines[i] = withoutGluedHeadline(line, headline, minFragment);
    }
  });
}

function withoutGluedHeadline(text: string, headline: string, minFragment: number): string {
  let lead = 0;
  while (lead < text.length && lead < headline.length && text[lead] === headline[lead]) lead += 1;
  if (lead < minFragment) lead = 0;
  let tail = text.length;
  for (let k = Math.max(lead, text.length - headline.length); k <= text.length - minFragment; k += 1) {
    if (text[k] === headline[0] && headline.startsWith(text.slice(k))) {
      tail = k;
      break;
    }
  }
  return lead > 0 || tail < text.length ? text.slice(lead, tail).trim() : text;
}

/**
 * A headline for a document that names none: the first of its opening lines that reads as a
 * heading (short, no sentence punctuation), else the first sentence of the first line.
 */
export function inferTitle(text: string): string | null {
  const lines: string[] = [];
  for (const line of text.split("\n", 10_000)) {
    if (line.trim() !== "") lines.push(squash(line));
    if (lines.length === 5) break;
  }
  const heading = lines.find((line) => line.length <= 100 && !isProse(line) && !isDateOnlyLine(line) && /\p{L}/u.test(line));
  if (heading) return heading;
  const first = lines[0];
  if (!first) return null;
  const sentence = first.split(/(?<=[。！？!?])|(?<=\.)\s/)[0] ?? first;
  return sentence.length > 100 ? `${sentence.slice(0, 99)}…` : sentence;
}
