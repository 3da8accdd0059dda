import type { APIRequestContext, Browser } from "@playwright/test";
import { DEMO_PASSWORD } from "../fixtures";

/** An API client carrying a real next-auth session, obtained through the login form. */
export async function apiSession(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<{ request: APIRequestContext; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("current-user").waitFor();
  await page.close();
  return { request: context.request, close: () => context.close() };
}
