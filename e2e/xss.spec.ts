import type { Browser, BrowserContext, Page } from "@playwright/test";
import { XSS_PAYLOADS } from "../lib/testing/xss-payloads";
import { expect, test, USERS } from "./fixtures";
import { apiSession } from "./support/api-session";
import { createHostileUser, seedHostileContent, type THostileSeed } from "./support/hostile-seed";
import { expectInert, guardPage } from "./support/inert-page";
import { createInvestigation } from "./support/investigation";

// Hostile content: every payload of lib/testing/xss-payloads.ts goes in through the real API as the
// text of sources, claims, verdicts, evidence, comments, corrections, token, user and investigation
// names; every page that shows it must show it as text and run none of it.
test.describe.configure({ mode: "serial" });

const P = Object.fromEntries(XSS_PAYLOADS.map((p) => [p.id, p]));
const INVESTIGATION_PAYLOADS = [P.x01!, P.x15!, P.x21!, P.x22!];
const USER_PAYLOADS = [P.x02!, P.x21!];
let seed: THostileSeed;

async function signIn(browser: Browser, email: string, password?: string): Promise<{ context: BrowserContext; page: Page; incidents: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const incidents = guardPage(page);
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password ?? "factdesk-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  return { context, page, incidents };
}

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(240_000);
  const investigation = await createInvestigation(`Hostile desk ${INVESTIGATION_PAYLOADS.map((p) => p.value.replace(/\s+/g, " ")).join(" ")} XSSINV`);
  const user = await createHostileUser(`Mallory ${USER_PAYLOADS.map((p) => p.value).join(" ")} XSSUSER`);
  const editor = await apiSession(browser, USERS.editor);
  const hostile = await apiSession(browser, user.email, user.password);
  try {
    const seeded = await seedHostileContent({ editor: editor.request, hostile: hostile.request }, { investigation, payloads: XSS_PAYLOADS, hostileUserId: user.id });
    seed = { investigation, user, ...seeded };
  } finally {
    await editor.close();
    await hostile.close();
  }
});

const markers = (payloads: { marker: string }[]) => payloads.map((p) => p.marker);
const ALL = markers(XSS_PAYLOADS);

test("the investigation list, dashboard, corrections and import page show every payload as text", async ({ browser }, testInfo) => {
  testInfo.setTimeout(120_000);
  const { context, page, incidents } = await signIn(browser, USERS.editor);
  try {
    await expectInert(page, incidents, "/", [...ALL, ...markers(INVESTIGATION_PAYLOADS), "XSSINV", "XSSUP"]);
    const dashboard = `/dashboard?investigationId=${seed.investigation.id}`;
    await expectInert(page, incidents, dashboard, ALL);
    // The filters list the hostile source names and the hostile assignee as options.
    const options = await page.locator("select option").allTextContents();
    for (const m of [...ALL, "XSSUSER"]) expect(options.join("\n"), `filter options show ${m}`).toContain(m);
    await expectInert(page, incidents, `${dashboard}&q=XSS`, ALL);
    await expectInert(page, incidents, "/corrections", ALL);
    await expectInert(page, incidents, `/investigations/${seed.investigation.id}/import`, ["XSSINV", ...markers(INVESTIGATION_PAYLOADS)]);
    // No user content here, but they must load under the CSP with no violation either.
    for (const path of ["/methodology", "/api-docs"]) await expectInert(page, incidents, path, []);
  } finally {
    await context.close();
  }
});

test("the corrections log is public and as inert for a reader who is not signed in", async ({ page }) => {
  const incidents = guardPage(page);
  await expectInert(page, incidents, "/corrections", ALL);
  await expectInert(page, incidents, "/login", []);
});

test("every source page shows its payload in the title, publisher, text and claim list, clean and raw", async ({ browser }, testInfo) => {
  testInfo.setTimeout(180_000);
  const { context, page, incidents } = await signIn(browser, USERS.editor);
  try {
    for (const { payload, sourceId } of seed.items) {
      const text = await expectInert(page, incidents, `/sources/${sourceId}`, [payload.marker]);
      // Title, publisher, text and the claim drawn from it: at least four copies shown as text.
      expect(text.split(payload.marker).length - 1, `${payload.id} copies on its source page`).toBeGreaterThanOrEqual(4);
      await expectInert(page, incidents, `/sources/${sourceId}?view=raw`, [payload.marker]);
    }
    await page.goto(`/sources/${seed.items[20]!.sourceId}`);
    await page.screenshot({ path: testInfo.outputPath("source-page.png"), fullPage: true });

    // A javascript: URL from an uploaded file's front matter is shown, not linked.
    const text = await expectInert(page, incidents, `/sources/${seed.upload.sourceId}`, ["XSSUP"]);
    expect(text).toContain(seed.upload.url);
    await expect(page.getByTestId("unsafe-url")).toHaveText(seed.upload.url);
  } finally {
    await context.close();
  }
});

test("every claim page shows its payload in the claim, quote, verdict, evidence note, comment and final verdict", async ({ browser }, testInfo) => {
  testInfo.setTimeout(180_000);
  const { context, page, incidents } = await signIn(browser, USERS.editor);
  try {
    for (const { payload, claimId } of seed.items) {
      const text = await expectInert(page, incidents, `/claims/${claimId}`, [payload.marker, "XSSUSER"]);
      // Claim, quote, rationale, evidence note, comment and final verdict: each is a copy.
      expect(text.split(payload.marker).length - 1, `${payload.id} copies on its claim page`).toBeGreaterThanOrEqual(6);
    }
    await page.goto(`/claims/${seed.items[21]!.claimId}`);
    await page.screenshot({ path: testInfo.outputPath("claim-page.png"), fullPage: true });
  } finally {
    await context.close();
  }
});

test("the hostile reviewer's own pages: header, verdict form, My queue and API tokens", async ({ browser }, testInfo) => {
  testInfo.setTimeout(180_000);
  const { context, page, incidents } = await signIn(browser, seed.user.email, seed.user.password);
  try {
    await expectInert(page, incidents, "/queue", [...ALL, "XSSUSER"]);
    await expectInert(page, incidents, "/settings/tokens", markers(seed.tokenPayloads));
    for (const { payload, claimId } of seed.items) {
      await expectInert(page, incidents, `/claims/${claimId}`, [payload.marker, "XSSUSER"]);
      // The saved rationale comes back into the form's textarea as its value, not as markup.
      await expect(page.getByLabel(/^Rationale \(required/)).toHaveValue(payload.value.trim());
    }
  } finally {
    await context.close();
  }
});

test("exports are downloads the browser never renders as a page", async ({ browser }) => {
  const editor = await apiSession(browser, USERS.editor);
  try {
    for (const suffix of [".csv", ".verdicts.csv", ".json", ".claimreview.jsonld", ".pdf"]) {
      const response = await editor.request.get(`/api/v1/reports/${seed.investigation.id}${suffix}`);
      expect(response.status(), suffix).toBe(200);
      const headers = response.headers();
      expect(headers["content-disposition"], suffix).toMatch(/^attachment; filename="[^"<>]+"$/);
      expect(headers["x-content-type-options"], suffix).toBe("nosniff");
      expect(headers["content-type"], suffix).not.toMatch(/html|xml|svg/);
    }
  } finally {
    await editor.close();
  }
});

test.describe("security headers and the session cookie", () => {
  const expectSecurityHeaders = (headers: Record<string, string>, what: string) => {
    expect(headers["x-content-type-options"], what).toBe("nosniff");
    expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], what).toBe("DENY");
    expect(headers["permissions-policy"], what).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    // Served over plain HTTP here, so no HSTS (it is unit-tested for HTTPS).
    expect(headers["strict-transport-security"], what).toBeUndefined();
  };
  const cspNonce = (csp: string | undefined) => {
    expect(csp).toBeDefined();
    expect(csp).toContain("'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    return /'nonce-([^']+)'/.exec(csp!)![1]!;
  };

  test("pages carry a fresh nonce CSP that Next's own scripts use; API, 401 and static responses carry the headers", async ({ browser, request }) => {
    const editor = await apiSession(browser, USERS.editor);
    try {
      const first = await editor.request.get("/");
      const second = await editor.request.get("/");
      expectSecurityHeaders(first.headers(), "page");
      const nonce = cspNonce(first.headers()["content-security-policy"]);
      expect(cspNonce(second.headers()["content-security-policy"])).not.toBe(nonce);
      const html = await first.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, "every script tag carries the request's nonce").toContain(`nonce="${nonce}"`);

      const api = await editor.request.get("/api/v1/me");
      expect(api.status()).toBe(200);
      expectSecurityHeaders(api.headers(), "API");
      expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
      const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
      expectSecurityHeaders((await editor.request.get(chunk)).headers(), "static chunk");
    } finally {
      await editor.close();
    }
    const anonymous = await request.get("/api/v1/me");
    expect(anonymous.status()).toBe(401);
    expectSecurityHeaders(anonymous.headers(), "401 from the API");
    const login = await request.get("/login");
    expectSecurityHeaders(login.headers(), "public page");
    cspNonce(login.headers()["content-security-policy"]);
  });

  test("the session cookie is HttpOnly and SameSite=Lax (Secure only behind HTTPS)", async ({ browser, baseURL }) => {
    const { context } = await signIn(browser, USERS.reviewer1);
    try {
      const cookies = await context.cookies();
      const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
      expect(session, cookies.map((c) => c.name).join(", ")).toBeDefined();
      expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
      const https = baseURL!.startsWith("https://");
      expect(session!.secure).toBe(https);
      expect(session!.name.startsWith("__Secure-")).toBe(https);
      // Script cannot read it: document.cookie never shows the session.
      const page = context.pages()[0]!;
      expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
    } finally {
      await context.close();
    }
  });
});
