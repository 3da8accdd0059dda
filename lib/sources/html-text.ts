import { Parser } from "htmlparser2";

// Turns a saved web page into plain text with paragraph breaks, plus the metadata the page
// declares about itself. Site furniture (menus, sidebars, scripts) never reaches the text.

export type THtmlText = {
  text: string;
  title: string | null;
  description: string | null;
  siteName: string | null;
  url: string | null;
};

// Never article text: code, styling, menus, sidebars and the document head.
const ALWAYS_SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "nav", "aside", "head", "iframe", "object"]);
// A page's header and footer are site chrome, but inside <article>/<main> they hold the article's
// own headline and byline, so they are kept there.
const CHROME_OUTSIDE_ARTICLE = new Set(["header", "footer"]);
const BLOCKS = new Set([
  "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
  "blockquote", "pre", "table", "tr", "figure", "figcaption", "hr", "address", "details", "summary", "body",
]);

/**
 * htmlparser2 keeps its open-element stack with Array#unshift and indexOf, so the cost of every tag
 * grows with nesting depth; a hostile page of a million nested <div>s would take hours. Real
 * pages stay far below this.
 */
export const MAX_HTML_DEPTH = 256;

export class HtmlTooDeepError extends Error {
  constructor() {
    super(`HTML nested more than ${MAX_HTML_DEPTH} elements deep`);
    this.name = "HtmlTooDeepError";
  }
}

const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, " ").trim();

export function htmlToText(html: string): THtmlText {
  const out: string[] = [];
  let depth = 0;
  let skipDepth = 0;
  let articleDepth = 0;
  let preDepth = 0;
  let titleText: string | null = null;
  let h1Text: string | null = null;
  let capture: { tag: "title" | "h1"; text: string } | null = null;
  const meta = { description: null as string | null, siteName: null as string | null, url: null as string | null };

  // Counters, not a stack search: a deeply nested page must not cost quadratic time.
  const skips = (name: string) => ALWAYS_SKIPPED.has(name) || (CHROME_OUTSIDE_ARTICLE.has(name) && articleDepth === 0);
  const isArticle = (name: string) => name === "article" || name === "main";

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth += 1;
        if (depth > MAX_HTML_DEPTH) throw new HtmlTooDeepError();
        if (name === "meta") readMeta(attribs, meta);
        if (name === "link" && attribs.rel?.toLowerCase() === "canonical" && attribs.href) meta.url ??= attribs.href;
        if ((name === "title" && titleText === null) || (name === "h1" && h1Text === null)) capture = { tag: name, text: "" };
        if (skips(name)) skipDepth += 1;
        if (name === "pre") preDepth += 1;
        if (BLOCKS.has(name)) out.push("\n\n");
        if (name === "br") out.push("\n");
        if (name === "td" || name === "th") out.push(" ");
        if (isArticle(name)) articleDepth += 1;
      },
      ontext(text) {
        if (capture) capture.text += text;
        if (skipDepth > 0) return;
        out.push(preDepth > 0 ? text : text.replace(/[ \t\n\r\f]+/g, " "));
      },
      onclosetag(name) {
        depth -= 1;
        if (isArticle(name)) articleDepth -= 1;
        if (capture?.tag === name) {
          if (name === "title") titleText = collapse(capture.text) || null;
          else h1Text = collapse(capture.text) || null;
          capture = null;
        }
        if (skips(name)) skipDepth -= 1;
        if (name === "pre") preDepth -= 1;
        if (BLOCKS.has(name)) out.push("\n\n");
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();

  const text = out
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text, title: pickTitle(titleText, h1Text), ...meta };
}

/** <title> often reads "Headline | Site name"; the <h1> inside it is then the cleaner headline. */
function pickTitle(title: string | null, h1: string | null): string | null {
  if (title && h1 && title !== h1 && title.includes(h1)) return h1;
  return title ?? h1;
}

function readMeta(attribs: Record<string, string>, meta: { description: string | null; siteName: string | null; url: string | null }) {
  const key = (attribs.property ?? attribs.name ?? "").toLowerCase();
  const content = attribs.content?.trim();
  if (!content) return;
  if (key === "description" || key === "og:description") meta.description ??= content;
  if (key === "og:site_name") meta.siteName ??= content;
  if (key === "og:url") meta.url ??= content;
}
