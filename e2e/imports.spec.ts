import type { Page } from "@playwright/test";
import { expect, login, test, USERS } from "./fixtures";
import { apiSession } from "./support/api-session";
import { createInvestigation } from "./support/investigation";

// Importing sources: over the JSON API, one file per multipart request, and in the app by dropping
// files or pasting text. Everything lands in an investigation of this spec's own.
test.describe.configure({ mode: "serial" });

type Session = Awaited<ReturnType<typeof apiSession>>;
let editor: Session;
let reviewer: Session;
let investigation: { id: string; name: string };
const run = Date.now().toString(36);
const TEXT = `Negotiators met in Riyadh on Tuesday (${run}). The talks lasted four and a half hours, officials said.`;
const MARKDOWN = `---\ntitle: Riyadh field notes ${run}\ndate: 2025-02-18\n---\n\n# Notes\n\nThe delegations met for **four hours** in Riyadh (${run}).\n`;
const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

test.beforeAll(async ({ browser }) => {
  investigation = await createInvestigation(`Import checks ${run}`);
  [editor, reviewer] = await Promise.all([apiSession(browser, USERS.editor), apiSession(browser, USERS.reviewer1)]);
});

test.afterAll(async () => Promise.all([editor, reviewer].map((s) => s.close())));

test("POST /api/v1/sources: 201, duplicate 200, 400, 401, 403, 404, 413, 422", async ({ request }) => {
  const input = { investigationId: investigation.id, title: `Pasted over the API ${run}`, text: TEXT, publisher: "Wire", url: "https://example.org/riyadh", published: "2025-02-18" };
  expect((await request.post("/api/v1/sources", { data: input })).status()).toBe(401);
  const forbidden = await reviewer.request.post("/api/v1/sources", { data: input });
  expect(forbidden.status()).toBe(403);
  expect((await forbidden.json()).error.code).toBe("FORBIDDEN");

  const created = await editor.request.post("/api/v1/sources", { data: input });
  expect(created.status()).toBe(201);
  const body = await created.json();
  expect(body).toEqual({ sourceId: expect.any(String), title: input.title, status: "imported" });
  const source = await (await editor.request.get(`/api/v1/sources/${body.sourceId}`)).json();
  expect(source).toMatchObject({ title: input.title, publisher: "Wire", url: input.url, fileName: `pasted-over-the-api-${run}.txt`, text: TEXT });
  expect(source.publishedAt).toMatch(/^2025-02-18/);

  const again = await editor.request.post("/api/v1/sources", { data: { ...input, title: "Another title" } });
  expect(again.status()).toBe(200);
  expect(await again.json()).toEqual({ sourceId: body.sourceId, title: input.title, status: "unchanged" });

  const invalid = await editor.request.post("/api/v1/sources", { data: { investigationId: investigation.id, text: "", url: "example.org" } });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).error.details.fields.map((f: { path: string }) => f.path).sort()).toEqual(["text", "title", "url"]);
  expect((await editor.request.post("/api/v1/sources", { data: { ...input, investigationId: "nope" } })).status()).toBe(404);

  const huge = await editor.request.post("/api/v1/sources", { data: { ...input, text: "a".repeat(6 * 1024 * 1024) } });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
  const blank = await editor.request.post("/api/v1/sources", { data: { ...input, title: "Blank", text: " \n \t " } });
  expect(blank.status()).toBe(422);
  expect((await blank.json()).error).toMatchObject({ code: "UNPROCESSABLE", details: { reason: "NO_TEXT" } });
  const controls = await editor.request.post("/api/v1/sources", { data: { ...input, title: "Controls", text: "\u0001\u0002\u0003\u0004 abc" } });
  expect(controls.status()).toBe(422);
  expect((await controls.json()).error.details.reason).toBe("BINARY");
});

test("POST /api/v1/investigations/{id}/files: one file per request, 413 names the file", async ({ request }) => {
  const url = `/api/v1/investigations/${investigation.id}/files`;
  const file = (name: string, buffer: Buffer) => ({ multipart: { file: { name, mimeType: "text/plain", buffer } } });
  expect((await request.post(url, file("a.txt", Buffer.from(TEXT)))).status()).toBe(401);
  expect((await reviewer.request.post(url, file("a.txt", Buffer.from(TEXT)))).status()).toBe(403);
  const big = await editor.request.post(url, file("too big.txt", Buffer.alloc(6 * 1024 * 1024, 97)));
  expect(big.status()).toBe(413);
  expect((await big.json()).error.message).toBe("too big.txt: the file is too large (over 5 MB; the limit is 5 MB)");
  // The rest of the upload was never read: the server closes the connection rather than let the
  // next request on it meet a reset.
  expect(big.headers()["connection"]).toBe("close");
  const binary = await editor.request.post(url, file("photo.png.txt", BINARY));
  expect(binary.status()).toBe(422);
  expect((await binary.json()).error.message).toContain("photo.png.txt: this is a binary file");
  const notMultipart = await editor.request.post(url, { data: { text: TEXT } });
  expect(notMultipart.status()).toBe(400);
  expect((await notMultipart.json()).error.message).toContain("multipart/form-data");
});

async function dropFiles(page: Page, files: { name: string; type: string; content: number[] }[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([new Uint8Array(f.content)], f.name, { type: f.type }));
    return transfer;
  }, files);
  await page.getByTestId("drop-zone").dispatchEvent("drop", { dataTransfer });
}

test("an editor drops files: each gets its own result, and a refused file does not hold up the others", async ({ page }) => {
  await login(page, USERS.editor);
  const card = page.getByTestId("investigation").filter({ has: page.getByRole("heading", { name: investigation.name }) });
  await card.getByRole("link", { name: "Add sources" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Add sources to “${investigation.name}”`);

  const markdown = { name: "field-notes.md", type: "text/markdown", content: [...Buffer.from(MARKDOWN)] };
  await dropFiles(page, [{ name: "photo.txt", type: "text/plain", content: [...BINARY] }, markdown]);
  const rows = page.getByTestId("import-file");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute("data-result", "refused");
  await expect(rows.nth(0)).toContainText("Refused");
  await expect(rows.nth(0)).toContainText("this is a binary file, not text (it contains NUL bytes)");
  await expect(rows.nth(1)).toHaveAttribute("data-result", "imported");
  await expect(rows.nth(1)).toContainText(`Imported as “Riyadh field notes ${run}”`);

  // The same file again, chosen with the ordinary file input this time.
  await page.getByLabel("Choose files…").setInputFiles({ name: "field-notes-copy.md", mimeType: "text/markdown", buffer: Buffer.from(MARKDOWN) });
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2)).toHaveAttribute("data-result", "duplicate");
  await expect(rows.nth(2)).toContainText(`Duplicate of “Riyadh field notes ${run}”`);
  const importedHref = await rows.nth(1).getByRole("link").getAttribute("href");
  await expect(rows.nth(2).getByRole("link")).toHaveAttribute("href", importedHref!);
  await expect(page.getByTestId("import-summary")).toHaveText("3 of 3 files done: 1 imported, 1 duplicate, 1 not imported");
  await page.screenshot({ path: "test-results/screenshots/import-files.png", fullPage: true });

  await rows.nth(1).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Riyadh field notes ${run}`);
});

test("an editor pastes text with its details; missing fields are named first", async ({ page }) => {
  await login(page, USERS.editor);
  await page.goto(`/investigations/${investigation.id}/import`);
  const form = page.getByTestId("paste-form");
  await form.getByRole("button", { name: "Import text" }).click();
  await expect(form.getByText("Give the source a title")).toBeVisible();
  await expect(form.getByText("Paste the text of the source")).toBeVisible();
  await expect(form.getByLabel("Title")).toBeFocused();

  const title = `Pasted in the app ${run}`;
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Text", { exact: true }).fill(`Officials in Kyiv said they were not invited (${run}).`);
  await form.getByLabel("Publisher (optional)").fill("Kyiv Desk");
  await form.getByLabel("Published (optional)").fill("2025-02-19");
  await form.getByRole("button", { name: "Import text" }).click();
  await expect(page.getByTestId("paste-result")).toHaveText(`Imported “${title}”.`);
  await expect(form.getByLabel("Title")).toHaveValue("");
  await page.screenshot({ path: "test-results/screenshots/import-paste.png", fullPage: true });
  await page.getByTestId("paste-result").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Kyiv Desk")).toBeVisible();
});

test("reviewers get no Add sources link and a plain explanation on the import page", async ({ reviewerPage: page }) => {
  await expect(page.getByTestId("investigation").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Add sources" })).toHaveCount(0);
  await page.goto(`/investigations/${investigation.id}/import`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Only editors add sources");
  await expect(page.getByTestId("drop-zone")).toHaveCount(0);
});

test("the OpenAPI document and the API reference are public", async ({ page, request }) => {
  const response = await request.get("/api/openapi.json");
  expect(response.status()).toBe(200);
  const document = await response.json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths["/api/v1/claims"]).sort()).toEqual(["get", "post"]);
  expect(document.paths["/api/v1/sources"].post.responses).toHaveProperty("413");

  await page.goto("/api-docs");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API reference");
  const create = page.getByRole("article", { name: "POST /api/v1/claims", exact: true });
  await expect(create).toContainText("Pin a claim to the exact words of a source");
  await expect(create.getByTestId("api-response").filter({ hasText: "413" })).toBeVisible();
  await expect(page.getByTestId("current-user")).toHaveCount(0);
  await page.screenshot({ path: "test-results/screenshots/api-docs.png" });
});
