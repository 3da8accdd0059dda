import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SafeMarkdown } from "@/components/comments/safe-markdown";
import { XSS_PAYLOADS } from "@/lib/testing/xss-payloads";

const render = (source: string) => renderToStaticMarkup(createElement(SafeMarkdown, { source }));
const textOf = (html: string) => html.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&");

describe("SafeMarkdown", () => {
  it("shows raw HTML as literal text instead of dropping or parsing it", () => {
    const html = render('Look: <script>alert(1)</script> and <img src=x onerror="alert(2)">');
    expect(html).not.toMatch(/<script|<img/i);
    expect(textOf(html)).toContain('Look: <script>alert(1)</script> and <img src=x onerror="alert(2)">');
  });

  it("shows a block of HTML as text too", () => {
    expect(textOf(render('<div style="background:url(javascript:x)">\nhello\n</div>'))).toContain('<div style="background:url(javascript:x)">');
  });

  it("replaces an image by its alt text and fetches nothing", () => {
    const html = render("![chart of the vote](https://tracker.example/pixel.gif)");
    expect(html).not.toMatch(/<img/i);
    expect(textOf(html)).toContain("chart of the vote");
  });

  it("keeps http(s) links and turns others into plain text", () => {
    expect(render("[ok](https://example.org/)")).toContain('href="https://example.org/"');
    const html = render("[bad](JaVaScRiPt:alert(1)) [ref][r]\n\n[r]: javascript:alert(2)");
    expect(html).not.toMatch(/href=/);
    expect(textOf(html)).toContain("bad ref");
  });

  it.each(XSS_PAYLOADS.map((p) => [p.marker, p.kind, p.value]))("renders payload %s (%s) inert, its marker still shown", (marker, _kind, value) => {
    const html = render(value);
    expect(html).not.toMatch(/<(script|img|svg|iframe|object|embed|math|details|input|style|textarea)\b/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    for (const href of html.matchAll(/href="([^"]*)"/g)) expect(href[1]).toMatch(/^(https?|mailto):/);
    expect(textOf(html)).toContain(marker);
  });
});
