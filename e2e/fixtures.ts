import { expect, test as base, type Page } from "@playwright/test";

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
  reviewerPage: async ({ page }, use) => {
    await login(page, USERS.reviewer1);
    await use(page);
  },
});

export { expect };
