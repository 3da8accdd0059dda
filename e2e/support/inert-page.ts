import { expect, type Page } from "@playwright/test";
import { recordSummary } from "../../lib/testing/run-summary";

export const XSS_METRIC = "XSS payloads × pages tried, none executed";

/**
 * Watches a page for anything hostile content could make it do: open a dialog, log a console
 * error, trip the Content-Security-Policy (a blocked inline script is still an injection), or
 * throw. Install once per page, before the first navigation.
 */
export function guardPage(page: Page) {
  const incidents: string[] = [];
  page.on("dialog", (dialog) => {
    incidents.push(`dialog (${dialog.type()}): ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.type() === "error") incidents.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => incidents.push(`page error: ${error.message}`));
  void page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`));
  });
  return incidents;
}

type TState = { xss: unknown; csp: string[]; badHrefs: string[]; handlers: string[]; embeds: number; text: string };

function readState(page: Page): Promise<TState> {
  return page.evaluate(() => {
    const w = window as unknown as { __xss?: unknown; __csp?: string[] };
    const all = [...document.body.querySelectorAll("*")];
    return {
      xss: w.__xss,
      csp: w.__csp ?? [],
      // a.protocol is the browser's own parse, so case, entity and whitespace tricks are seen through.
      badHrefs: [...document.querySelectorAll("a[href]")].filter((a) => !/^(https?|mailto):$/.test((a as HTMLAnchorElement).protocol)).map((a) => a.getAttribute("href") ?? ""),
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}>`)),
      embeds: document.querySelectorAll("body iframe, body object, body embed, body svg script, body math").length,
      text: document.body.innerText,
    };
  });
}

/**
 * Hovers every element that shows a payload marker, and clicks those that are plain text (links
 * would leave the page; their hrefs are checked instead), the way a curious reader would.
 */
async function touchMarkers(page: Page): Promise<void> {
  await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    while (walker.nextNode()) {
      const parent = walker.currentNode.parentElement;
      if (parent && /XSS\w+/.test(walker.currentNode.textContent ?? "")) seen.add(parent);
    }
    for (const el of seen) {
      for (const type of ["mouseover", "mouseenter", "mousemove", "focus"]) el.dispatchEvent(new MouseEvent(type, { bubbles: true }));
      if (!el.closest("a, button, label, select, [role=button], [role=tab], [role=link], [role=option]")) el.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    }
  });
  const links = page.locator("a", { hasText: /XSS\w+/ });
  for (let i = 0; i < Math.min(await links.count(), 8); i++) await links.nth(i).hover();
}

async function settle(page: Page) {
  await page.waitForLoadState("load");
  // Hydration and effects run after load; live pages keep an EventSource open, so no networkidle.
  await page.waitForTimeout(300);
}

/**
 * Opens `path`, lets it settle, touches every payload, and asserts nothing ran and every marker in
 * `markers` is still shown as text. Records `markers.length` payload × page tries for the summary.
 */
export async function expectInert(page: Page, incidents: string[], path: string, markers: string[]) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await settle(page);
  const before = await readState(page);
  await touchMarkers(page);
  await settle(page);
  const after = await readState(page);
  const missing = markers.filter((m) => !after.text.includes(m));
  const executed = before.xss !== undefined || after.xss !== undefined || incidents.length > 0 || after.csp.length > 0;
  const unsafe = after.badHrefs.length > 0 || after.handlers.length > 0 || after.embeds > 0;
  if (markers.length > 0) {
    recordSummary({ metric: XSS_METRIC, tried: markers.length, ok: executed || unsafe ? 0 : markers.length - missing.length });
  }
  expect({ path, xss: after.xss ?? before.xss ?? null, incidents, csp: after.csp }).toEqual({ path, xss: null, incidents: [], csp: [] });
  expect({ path, badHrefs: after.badHrefs, handlers: after.handlers, embeds: after.embeds }).toEqual({ path, badHrefs: [], handlers: [], embeds: 0 });
  expect({ path, missing }).toEqual({ path, missing: [] });
  return after.text;
}
