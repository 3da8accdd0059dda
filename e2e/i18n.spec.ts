import type { APIRequestContext, Page } from "@playwright/test";
import { DEMO_PASSWORD, demoInvestigation, expect, test, USERS } from "./fixtures";
import { createDeskUser, sql } from "./support/desk-users";

// The UI in each of its languages, chosen by the browser's Accept-Language (Playwright's locale
// sets it), and the language switcher, whose choice is kept on the account. Full-page screenshots
// of the Chinese UIs go to test-results/screenshots/ (the committed ones are in docs/screenshots/).

const UI = {
  en: { browser: "en-GB", lang: "en", claim: "The Riyadh talks lasted four hours", rationale: "Only one outlet gives the length.", signIn: "Sign in to Factdesk", home: "Investigations", cleanText: "Clean text", verdict: "Your verdict · version 1", contested: "Contested", dashboard: "Dashboard", signOut: "Sign out", date: /[A-Z][a-z]{2} \d{1,2}, \d{4}/ },
  "zh-Hans": { browser: "zh-CN", lang: "zh-Hans", claim: "利雅得会谈持续了四个小时", rationale: "只有一家媒体提到会谈时长。", signIn: "登录 Factdesk", home: "调查", cleanText: "正文", verdict: "你的判定 · 第 1 版", contested: "存疑", dashboard: "仪表盘", signOut: "退出登录", date: /\d{4}年\d{1,2}月\d{1,2}日/ },
  "zh-Hant": { browser: "zh-TW", lang: "zh-Hant", claim: "利雅德會談長達四小時", rationale: "只有一家媒體提到會談時長。", signIn: "登入 Factdesk", home: "調查", cleanText: "內文", verdict: "您的判定 · 第 1 版", contested: "有爭議", dashboard: "儀表板", signOut: "登出", date: /\d{4}年\d{1,2}月\d{1,2}日/ },
} as const;

const CLAIM_SOURCE = "美國與俄羅斯代表進行會談,準備解決烏克蘭領土問題";
const EXACT = "這場長達四小時的會談";
const pinned: string[] = [];
test.afterAll(async () => {
  if (pinned.length > 0) await sql(`DELETE FROM "Claim" WHERE id = ANY($1)`, [pinned]);
});

/** The login form by its fields, not its (translated) labels. */
async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}

/** A claim on the demo source with a contested verdict, so the claim page has labels and dates to show. */
async function pinClaim(request: APIRequestContext, text: string, rationale: string): Promise<string> {
  const investigations = (await (await request.get("/api/v1/investigations")).json()) as { items: { id: string }[] };
  const sources = (await (await request.get(`/api/v1/sources?investigationId=${investigations.items[0]!.id}`)).json()) as { items: { id: string; title: string }[] };
  const source = sources.items.find((s) => s.title === CLAIM_SOURCE)!;
  const detail = (await (await request.get(`/api/v1/sources/${source.id}`)).json()) as { text: string };
  const start = [...detail.text.slice(0, detail.text.indexOf(EXACT))].length;
  const response = await request.post("/api/v1/claims", { data: { sourceId: source.id, text, selector: { exact: EXACT, start, end: start + [...EXACT].length } } });
  expect(response.status()).toBe(201);
  const id = ((await response.json()) as { id: string }).id;
  pinned.push(id);
  const verdict = await request.put(`/api/v1/claims/${id}/verdicts/me`, { data: { label: "CONTESTED", rationale, baseVersion: 0 } });
  expect(verdict.status()).toBe(200);
  return id;
}

for (const [locale, ui] of Object.entries(UI)) {
  test.describe(`the UI in ${locale}`, () => {
    test.use({ locale: ui.browser });

    test(`a browser asking for ${ui.browser} gets ${locale} on the login page and, signed in, on every key page`, async ({ page }) => {
      // Five pages and four full-page screenshots: more than the default 30 s on a busy machine.
      test.setTimeout(60_000);
      const html = page.locator("html");
      const shot = (name: string) => (locale === "en" ? undefined : page.screenshot({ path: `test-results/screenshots/i18n-${name}-${locale.toLowerCase()}.png`, fullPage: true }));
      await page.goto("/login");
      await expect(html).toHaveAttribute("lang", ui.lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(ui.signIn);

      await signIn(page, USERS.editor);
      await expect(html).toHaveAttribute("lang", ui.lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(ui.home);
      await shot("home");

      await demoInvestigation(page).getByRole("link", { name: CLAIM_SOURCE }).click();
      await expect(page.getByRole("tab", { name: ui.cleanText })).toHaveAttribute("aria-selected", "true");
      await expect(html).toHaveAttribute("lang", ui.lang);
      await expect(page.getByTestId("clean-text")).toHaveAttribute("lang", "zh-Hant");
      await shot("source");

      const claimId = await pinClaim(page.request, ui.claim, ui.rationale);
      await page.goto(`/claims/${claimId}`);
      await expect(page.getByRole("heading", { name: ui.verdict })).toBeVisible();
      await expect(page.getByTestId("verdict-history")).toContainText(ui.contested);
      await expect(page.getByTestId("claim-summary")).toContainText(ui.date);
      await shot("claim");

      await page.goto("/dashboard");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(ui.dashboard);
      await expect(page.getByTestId("summary-panel")).toBeVisible();
      await shot("dashboard");
    });
  });
}

test("the language switcher changes the UI at once and the choice follows the member to a new browser", async ({ page, browser }) => {
  const member = await createDeskUser("REVIEWER", "polyglot");
  const html = page.locator("html");
  await signIn(page, member.email, member.password);
  await expect(html).toHaveAttribute("lang", "en");

  await page.getByTestId("language-switcher").selectOption("zh-Hant");
  await expect(html).toHaveAttribute("lang", "zh-Hant");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(UI["zh-Hant"].home);
  await expect(page.getByTestId("language-switcher")).toHaveValue("zh-Hant");
  expect(await sql(`SELECT locale FROM "User" WHERE id = $1`, [member.id])).toEqual([{ locale: "zh-Hant" }]);

  // Signed out, the login page keeps the language (the cookie); its own switcher changes only the cookie.
  await page.getByRole("button", { name: UI["zh-Hant"].signOut }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(html).toHaveAttribute("lang", "zh-Hant");
  await page.getByTestId("language-switcher").selectOption("en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(UI.en.signIn);
  expect(await sql(`SELECT locale FROM "User" WHERE id = $1`, [member.id])).toEqual([{ locale: "zh-Hant" }]);

  // A fresh browser asking for English: English until sign-in, then the saved choice wins, and the
  // cookie is brought in line so the login page after signing out matches.
  const context = await browser.newContext({ locale: "en-US" });
  const fresh = await context.newPage();
  await fresh.goto("/login");
  await expect(fresh.locator("html")).toHaveAttribute("lang", "en");
  await signIn(fresh, member.email, member.password);
  await expect(fresh.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expect(fresh.getByRole("heading", { level: 1 })).toHaveText(UI["zh-Hant"].home);
  await expect.poll(async () => (await context.cookies()).find((c) => c.name === "factdesk-locale")?.value).toBe("zh-Hant");

  await fresh.getByTestId("language-switcher").selectOption("zh-Hans");
  await expect(fresh.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(fresh.getByRole("heading", { level: 1 })).toHaveText(UI["zh-Hans"].home);

  // The API refuses a language it has no catalogue for, naming the field.
  const refused = await fresh.request.put("/api/v1/me/locale", { data: { locale: "fr" } });
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { error: { details: { fields: { path: string }[] } } }).error.details.fields.map((f) => f.path)).toEqual(["locale"]);
  expect(await sql(`SELECT locale FROM "User" WHERE id = $1`, [member.id])).toEqual([{ locale: "zh-Hans" }]);
  await context.close();
});
