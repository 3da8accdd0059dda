import { expect, test as base, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "factdesk-demo";
export const USERS = {
  admin: "admin@factdesk.test",
  editor: "editor@factdesk.test",
  reviewer1: "reviewer1@factdesk.test",
} as const;

/** Logs in through the real form, as a person would. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}

export const test = base.extend<{ reviewerPage: Page }>({
  // Every spec's default browser context fails its test on a Content-Security-Policy violation:
  // a page whose own scripts the policy blocks is broken, even if the spec's assertions pass.
  context: async ({ context }, use) => {
    const violations: string[] = [];
    context.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await use(context);
    expect(violations, "CSP violations").toEqual([]);
  },
  reviewerPage: async ({ page }, use) => {
    await login(page, USERS.reviewer1);
    await use(page);
  },
});

export { expect };

export const DEMO_INVESTIGATION = "US–Russia talks on Ukraine, Feb 2025";

/**
 * The demo investigation's card on the home page. Other specs add investigations of their own, some
 * holding copies of the demo sources under the same titles (as a desk may file one article twice).
 */
export function demoInvestigation(page: Page) {
  return page.getByTestId("investigation").filter({ has: page.getByRole("heading", { name: DEMO_INVESTIGATION, exact: true }) });
}

// The browser language Playwright gives a context for each UI language (it sets Accept-Language).
export const BROWSER_LOCALE: Record<string, string> = { en: "en-GB", "zh-Hans": "zh-CN", "zh-Hant": "zh-TW" };

/** A fresh context whose browser asks for `locale`, signed in through the form by field names (labels are translated). */
export async function signInWithLanguage(browser: Browser, locale: string, email: string = USERS.reviewer1): Promise<Page> {
  const context = await browser.newContext({ locale: BROWSER_LOCALE[locale] ?? locale });
  const page = await context.newPage();
  await page.goto("/login");
  await page.locator("input[name=email]").fill(email);
  await page.locator("input[name=password]").fill(DEMO_PASSWORD);
  await page.locator("input[name=password]").press("Enter");
  await expect(page.getByTestId("current-user")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  return page;
}
