import type { APIRequest, APIRequestContext } from "@playwright/test";
import { expect, login, test, USERS } from "./fixtures";
import { apiSession } from "./support/api-session";

// Personal API tokens: made in the UI or over the session-only API, then used by a client that has
// no cookies at all, acting with the owner's role until revoked.
test.describe.configure({ mode: "serial" });

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const UNKNOWN = "fdk_" + "A".repeat(43);

/** A client with no cookies: whatever it may do, it may do only because of the token it sends. */
const cookieless = ({ request }: { request: APIRequest }, baseURL: string | undefined) => request.newContext({ baseURL: baseURL! });

/** A claim on the first demo source, created through `api` with `headers`; returns its id. */
async function createClaim(api: APIRequestContext, headers: Record<string, string>): Promise<string> {
  const investigations = await (await api.get("/api/v1/investigations", { headers })).json();
  const sources = await (await api.get(`/api/v1/sources?investigationId=${investigations.items[0].id}`, { headers })).json();
  const source = await (await api.get(`/api/v1/sources/${sources.items[0].id}`, { headers })).json();
  const exact = [...(source.text as string)].slice(0, 12).join("");
  const created = await api.post("/api/v1/claims", { headers, data: { sourceId: source.id, text: "Token e2e claim", selector: { exact, start: 0, end: 12 } } });
  expect(created.status()).toBe(201);
  return (await created.json()).id;
}

test("a reviewer creates a token in the UI, copies it once, uses it with the reviewer's role, then revokes it", async ({ browser, playwright, baseURL }) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  const api = await cookieless(playwright, baseURL);
  const editor = await apiSession(browser, USERS.editor);
  const name = `Reviewer script ${Date.now()}`;
  try {
    await login(page, USERS.reviewer1);
    await page.getByTestId("current-user").getByRole("link", { name: "API tokens" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();

    await page.getByRole("button", { name: "Create token" }).click();
    const nameField = page.getByLabel("Name");
    await expect(nameField).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Give the token a name")).toBeVisible();

    await nameField.fill(name);
    await page.getByRole("button", { name: "Create token" }).click();
    const notice = page.getByTestId("new-token");
    await expect(notice).toContainText("only time it is shown");
    await notice.getByRole("button", { name: "Copy" }).click();
    await expect(notice.getByText("Copied to the clipboard.")).toBeVisible();
    const token = await page.evaluate(() => navigator.clipboard.readText());
    expect(token).toMatch(/^fdk_[A-Za-z0-9_-]{43}$/);
    await expect(notice.getByLabel("Token")).toHaveValue(token);

    await notice.getByRole("button", { name: "I have copied it" }).click();
    await expect(notice).toHaveCount(0);
    await expect(nameField).toBeFocused();
    await expect(page.getByText(token)).toHaveCount(0);
    const row = page.getByTestId("token-row").filter({ hasText: name });
    await expect(row).toContainText(`${token.slice(0, 8)}…`);
    await expect(row).toContainText("Never");

    const me = await api.get("/api/v1/me", { headers: bearer(token) });
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({ email: USERS.reviewer1, role: "REVIEWER" });
    const claimId = await createClaim(api, bearer(token));
    const patched = await api.patch(`/api/v1/claims/${claimId}`, { headers: bearer(token), data: { text: "Reworded by a reviewer" } });
    expect(patched.status()).toBe(403);
    expect((await editor.request.delete(`/api/v1/claims/${claimId}`)).status()).toBe(204);

    await page.reload();
    await expect(row).not.toContainText("Never");
    page.once("dialog", (dialog) => void dialog.accept());
    await row.getByRole("button", { name: `Revoke token “${name}”` }).click();
    await expect(page.getByRole("status")).toHaveText(`The token “${name}” was revoked.`);
    await expect(row).toHaveCount(0);

    const revoked = await api.get("/api/v1/me", { headers: bearer(token) });
    expect(revoked.status()).toBe(401);
    expect((await revoked.json()).error).toEqual({ code: "UNAUTHORIZED", message: "The API token is unknown or revoked." });
  } finally {
    await Promise.all([context.close(), api.dispose(), editor.close()]);
  }
});

test("token routes need a session: 201, 200, 400, 204, 404; a token cannot manage tokens", async ({ browser, playwright, baseURL }) => {
  const api = await cookieless(playwright, baseURL);
  const [editor, reviewer] = await Promise.all([apiSession(browser, USERS.editor), apiSession(browser, USERS.reviewer1)]);
  try {
    const empty = await editor.request.post("/api/v1/tokens", { data: { name: "  " } });
    expect(empty.status()).toBe(400);
    expect((await empty.json()).error).toMatchObject({ code: "BAD_REQUEST", details: { fields: [{ path: "name", message: expect.stringContaining("Give the token a name") }] } });

    const created = await editor.request.post("/api/v1/tokens", { data: { name: "Editor automation" } });
    expect(created.status()).toBe(201);
    const { id, token } = await created.json();
    expect(token).toMatch(/^fdk_/);
    const list = await editor.request.get("/api/v1/tokens");
    expect(list.status()).toBe(200);
    const listed = await list.text();
    expect(JSON.parse(listed).items).toContainEqual(expect.objectContaining({ id, name: "Editor automation", prefix: token.slice(0, 8), lastUsedAt: null }));
    expect(listed).not.toContain(token);

    for (const call of [api.post("/api/v1/tokens", { headers: bearer(token), data: { name: "minted by a token" } }), api.get("/api/v1/tokens", { headers: bearer(token) }), api.delete(`/api/v1/tokens/${id}`, { headers: bearer(token) })]) {
      const response = await call;
      expect(response.status()).toBe(401);
      expect((await response.json()).error.message).toContain("needs a signed-in browser session");
    }
    expect((await reviewer.request.delete(`/api/v1/tokens/${id}`)).status()).toBe(404);

    const claimId = await createClaim(api, bearer(token));
    const patched = await api.patch(`/api/v1/claims/${claimId}`, { headers: bearer(token), data: { text: "Reworded through a token" } });
    expect(patched.status()).toBe(200);
    expect((await api.delete(`/api/v1/claims/${claimId}`, { headers: bearer(token) })).status()).toBe(204);

    expect((await editor.request.delete(`/api/v1/tokens/${id}`)).status()).toBe(204);
    expect((await api.get("/api/v1/me", { headers: bearer(token) })).status()).toBe(401);
    expect((await editor.request.delete(`/api/v1/tokens/${id}`)).status()).toBe(404);
  } finally {
    await Promise.all([api.dispose(), editor.close(), reviewer.close()]);
  }
});

test("unknown or malformed tokens get 401 and never fall back to the session cookie", async ({ browser, playwright, baseURL }) => {
  const api = await cookieless(playwright, baseURL);
  const editor = await apiSession(browser, USERS.editor);
  try {
    for (const token of [UNKNOWN, "nope", ""]) {
      const response = await api.get("/api/v1/me", { headers: bearer(token) });
      expect(response.status(), `token "${token}"`).toBe(401);
      expect((await response.json()).error.code).toBe("UNAUTHORIZED");
    }
    expect((await editor.request.get("/api/v1/me")).status()).toBe(200);
    const withBadToken = await editor.request.get("/api/v1/me", { headers: bearer(UNKNOWN) });
    expect(withBadToken.status()).toBe(401);
    expect((await withBadToken.json()).error.message).toBe("The API token is unknown or revoked.");
  } finally {
    await Promise.all([api.dispose(), editor.close()]);
  }
});

test("the live events stream accepts a bearer token", async ({ browser, baseURL }) => {
  const editor = await apiSession(browser, USERS.editor);
  const { token, id } = await (await editor.request.post("/api/v1/tokens", { data: { name: "SSE listener" } })).json();
  const investigationId = (await (await editor.request.get("/api/v1/investigations")).json()).items[0].id;
  // Node's fetch, because the stream never ends and Playwright's request API waits for the body.
  const open = async (authorization: string) => {
    const abort = new AbortController();
    const response = await fetch(`${baseURL}/api/events?investigationId=${investigationId}`, { headers: { authorization }, signal: abort.signal });
    abort.abort();
    return response;
  };
  try {
    const ok = await open(`Bearer ${token}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toContain("text/event-stream");
    expect((await open(`Bearer ${UNKNOWN}`)).status).toBe(401);
  } finally {
    await editor.request.delete(`/api/v1/tokens/${id}`);
    await editor.close();
  }
});
