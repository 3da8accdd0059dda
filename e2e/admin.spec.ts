import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { recordSummary } from "../lib/testing/run-summary";
import { expect, login, test, USERS } from "./fixtures";

const PASSWORD = "lantern orchard copper 77";
const uniqueEmail = (what: string) => `${what}-${randomBytes(4).toString("hex")}@e2e.test`;

/** The admin invites `email` through the page and reads the one-time link from the notice. */
async function inviteThroughPage(admin: Page, email: string, role: string): Promise<string> {
  await admin.goto("/admin/users");
  await admin.getByLabel("Email").fill(email);
  await admin.getByLabel("Role", { exact: true }).selectOption({ label: role });
  await admin.getByRole("button", { name: "Create invitation" }).click();
  const notice = admin.getByTestId("new-invitation");
  await expect(notice).toContainText(`Invitation for ${email}`);
  const url = await notice.getByLabel("Invitation link").inputValue();
  expect(url).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  return url;
}

/** A fresh browser context (no cookies) opens the link and chooses a name and password. */
async function acceptInFreshContext(browser: Browser, url: string, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await expect(page.getByRole("heading", { name: "Join Factdesk" })).toBeVisible();
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Repeat the password").fill("short");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.locator("#password-error")).toContainText("Use at least 12 characters");
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Repeat the password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByText("Your account is ready.")).toBeVisible();
  return page;
}

test("an admin invites a reviewer, who joins and signs in; deactivation signs them out on their next click", async ({ page, browser }) => {
  await login(page, USERS.admin);
  await page.getByRole("link", { name: "Accounts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();
  const email = uniqueEmail("invitee");
  const url = await inviteThroughPage(page, email, "Reviewer");
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByTestId("invitation-row").filter({ hasText: email })).toContainText("Reviewer");

  const invitee = await acceptInFreshContext(browser, url, "Iris Invitee");
  await invitee.getByRole("link", { name: "Sign in" }).click();
  await login(invitee, email, PASSWORD);
  await expect(invitee.getByTestId("current-user")).toContainText("Iris Invitee");
  await expect(invitee.getByTestId("current-user")).toContainText("Reviewer");
  await expect(invitee.getByRole("link", { name: "Accounts" })).toHaveCount(0);

  // The link worked once.
  const again = await (await browser.newContext()).newPage();
  await again.goto(url);
  await expect(again.getByTestId("invitation-invalid")).toHaveText("This invitation has already been used. If it was you, sign in.");

  await page.reload();
  const row = page.getByTestId("user-row").filter({ hasText: email });
  await expect(row).toContainText("Active");
  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Deactivate Iris Invitee" }).click();
  await expect(page.getByTestId("users-status")).toHaveText("Iris Invitee was deactivated.");
  await expect(row).toContainText("Deactivated");

  await invitee.getByRole("link", { name: "My queue" }).click();
  await expect(invitee).toHaveURL(/\/login/);
  await expect(invitee.getByRole("heading", { name: "Sign in to Factdesk" })).toBeVisible();
  expect((await invitee.request.get("/api/v1/me")).status()).toBe(401);
});

test("the invitation page says clearly when a link cannot be used", async ({ page }) => {
  await page.goto("/invite/not-a-real-invitation-token");
  await expect(page.getByTestId("invitation-invalid")).toContainText("This invitation link is not valid");
});

test("reviewers and editors do not see the accounts page", async ({ page }) => {
  await login(page, USERS.editor);
  await expect(page.getByRole("link", { name: "Accounts" })).toHaveCount(0);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(404);
  expect((await page.request.get("/api/v1/users")).status()).toBe(403);
});

/** A member of the spec's own, created through the API as an admin would, so demo accounts stay untouched. */
async function memberViaApi(admin: Page, email: string, name: string) {
  const created = await admin.request.post("/api/v1/invitations", { data: { email, role: "REVIEWER" } });
  expect(created.status()).toBe(201);
  const token = new URL((await created.json()).url).pathname.split("/").pop();
  expect((await admin.request.post(`/invite/${token}/accept`, { data: { name, password: PASSWORD } })).status()).toBe(201);
}

test("a member changes their password: the wrong current one and a common new one are named at their fields", async ({ page, browser }) => {
  await login(page, USERS.admin);
  const email = uniqueEmail("changer");
  await memberViaApi(page, email, "Pat Changer");
  const member = await (await browser.newContext()).newPage();
  await login(member, email, PASSWORD);
  await member.getByTestId("current-user").getByRole("link", { name: "Password" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Change your password" })).toBeVisible();
  const fill = async (current: string, next: string) => {
    await member.getByLabel("Current password").fill(current);
    await member.getByLabel("New password", { exact: true }).fill(next);
    await member.getByLabel("Repeat the new password").fill(next);
    await member.getByRole("button", { name: "Change password" }).click();
  };
  await fill("not my password", "a fresh long passphrase");
  await expect(member.locator("#currentPassword-error")).toHaveText("That is not your current password.");
  await fill(PASSWORD, "Password1234");
  await expect(member.locator("#newPassword-error")).toContainText("one of the most common passwords");
  await fill(PASSWORD, "a fresh long passphrase");
  await expect(member.getByRole("status").filter({ hasText: "Your password was changed." })).toBeVisible();
  // A token cannot change the password, and the new password is the one that signs in.
  expect((await member.request.post("/api/v1/me/password", { headers: { authorization: "Bearer fdk_x" }, data: {} })).status()).toBe(401);
  const fresh = await (await browser.newContext()).newPage();
  await login(fresh, email, "a fresh long passphrase");
});

test("after 5 wrong passwords the login form says to wait, even for the right password", async ({ page, browser }) => {
  // A member of its own, signing in from a client address of its own, so no other spec is locked out.
  await login(page, USERS.admin);
  const email = uniqueEmail("lockout");
  await memberViaApi(page, email, "Locked Lou");

  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${1 + Math.floor(Math.random() * 250)}` } });
  const visitor = await context.newPage();
  await visitor.goto("/login");
  const error = visitor.getByTestId("login-error");
  for (let i = 1; i <= 5; i++) {
    await visitor.getByLabel("Email").fill(email);
    await visitor.getByLabel("Password").fill(`wrong password ${i}`);
    await visitor.getByRole("button", { name: "Sign in" }).click();
    await expect(error).toHaveText("That email and password do not match an active account.");
    await expect(visitor.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await visitor.getByLabel("Password").fill(PASSWORD);
  await visitor.getByRole("button", { name: "Sign in" }).click();
  await expect(error).toHaveText("Too many attempts. Try again in 15 minutes.");
  await expect(visitor).toHaveURL(/\/login/);

  // The endpoint itself: 429 with Retry-After, the same for an account that does not exist.
  const csrf = (await (await context.request.get("/api/auth/csrf")).json()).csrfToken as string;
  const post = (who: string) => context.request.post("/api/auth/callback/credentials", { form: { email: who, password: "whatever-it-is", csrfToken: csrf, json: "true" } });
  const locked = await post(email);
  expect(locked.status()).toBe(429);
  expect(Number(locked.headers()["retry-after"])).toBeGreaterThan(800);
  expect((await locked.json()).error.code).toBe("RATE_LIMITED");
  const unknown = await post("nobody-at-all@e2e.test");
  expect(unknown.status()).toBe(429);
  recordSummary({ metric: "e2e login lockout: 429 after 5 failures (known and unknown account)", tried: 2, ok: [locked.status(), unknown.status()].filter((s) => s === 429).length });
});
