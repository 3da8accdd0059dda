import { expect, login, test, USERS } from "./fixtures";

test("logged-out visitors are sent to the login page, then back where they were going", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { name: "Sign in to Factdesk" })).toBeVisible();

  await page.goto("/sources/some-id?view=raw");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("Email").fill(USERS.reviewer1);
  await page.getByLabel("Password").fill("factdesk-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sources\/some-id\?view=raw$/);

  const response = await page.request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});

test("a reviewer signs in, sees their name and role, and signs out", async ({ page }) => {
  await login(page, USERS.reviewer1);
  await expect(page).toHaveURL("/");
  await expect(page.getByTestId("current-user")).toContainText("Li Wei");
  await expect(page.getByTestId("current-user")).toContainText("Reviewer");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("wrong credentials get one generic message, whether or not the account exists", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(USERS.editor);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const error = page.getByTestId("login-error");
  await expect(error).toHaveText("That email and password do not match an active account.");

  await page.getByLabel("Email").fill("nobody@factdesk.test");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(error).toHaveText("That email and password do not match an active account.");
  await expect(page).toHaveURL(/\/login/);
});

test("empty fields get an error next to the field", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
});

test("API calls without a session get JSON 401, not a login page; unknown API paths a JSON 404", async ({ request }) => {
  const response = await request.get("/api/v1/me");
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("UNAUTHORIZED");
  const unknown = await request.post("/api/v1/anything", { data: {} });
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error).toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("/api/openapi.json") });
});
