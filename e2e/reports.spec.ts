import { readFile } from "node:fs/promises";
import type { APIResponse } from "@playwright/test";
import { expect, login, test, USERS } from "./fixtures";
import { apiSession } from "./support/api-session";
import { pdfPages, pdfWords } from "./support/pdf-pages";

// Report exports over HTTP against the production build: formats, headers, errors, and the
// editor's journey through the dashboard's Export menu.
type Session = Awaited<ReturnType<typeof apiSession>>;
let editor: Session, reviewer: Session, reviewer2: Session;
let investigationId: string;
const tag = `Export ${Date.now()}`;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  [editor, reviewer, reviewer2] = await Promise.all([apiSession(browser, USERS.editor), apiSession(browser, USERS.reviewer1), apiSession(browser, "reviewer2@factdesk.test")]);
  investigationId = ((await (await editor.request.get("/api/v1/investigations")).json()) as { items: { id: string }[] }).items[0]!.id;
  // A settled claim of our own, so every format has a row this test can recognise.
  const sources = ((await (await editor.request.get(`/api/v1/sources?investigationId=${investigationId}`)).json()) as { items: { id: string; title: string }[] }).items;
  const source = sources.find((s) => s.title.startsWith("美國與俄羅斯"))!;
  const { text } = (await (await editor.request.get(`/api/v1/sources/${source.id}`)).json()) as { text: string };
  const exact = "雙方同意設立專責團隊";
  const start = [...text.slice(0, text.indexOf(exact))].length;
  const claim = await reviewer.request.post("/api/v1/claims", { data: { sourceId: source.id, text: `${tag}: 雙方同意, "teams"`, selector: { exact, start, end: start + [...exact].length } } });
  const claimId = ((await claim.json()) as { id: string }).id;
  await reviewer.request.put(`/api/v1/claims/${claimId}/verdicts/me`, { data: { label: "CONTRADICTED", rationale: "第一行，有逗號, and \"quotes\"\nsecond line", baseVersion: 0 } });
  await reviewer2.request.put(`/api/v1/claims/${claimId}/verdicts/me`, { data: { label: "CONTRADICTED", rationale: "No.", baseVersion: 0 } });
  expect((await editor.request.post(`/api/v1/claims/${claimId}/final-verdict`, { data: { label: "CONTRADICTED", rationale: "Nobody else reports it." } })).status()).toBe(201);
});

test.afterAll(async () => Promise.all([editor, reviewer, reviewer2].map((s) => s.close())));

const url = (ext: string, query = `q=${encodeURIComponent(tag)}`) => `/api/v1/reports/${investigationId}${ext}${query ? `?${query}` : ""}`;
const fileName = (response: APIResponse) => /filename="([^"]+)"/.exec(response.headers()["content-disposition"] ?? "")?.[1];

test("each format: 200 with its content type and an attachment file name", async () => {
  const formats = [
    [".csv", "text/csv; charset=utf-8; header=present", /-claims-\d{4}-\d{2}-\d{2}\.csv$/],
    [".verdicts.csv", "text/csv; charset=utf-8; header=present", /-verdicts-\d{4}-\d{2}-\d{2}\.csv$/],
    [".json", "application/json; charset=utf-8", /-report-\d{4}-\d{2}-\d{2}\.json$/],
    [".claimreview.jsonld", "application/ld+json; charset=utf-8", /-claimreview-\d{4}-\d{2}-\d{2}\.jsonld$/],
    [".pdf", "application/pdf", /-report-\d{4}-\d{2}-\d{2}\.pdf$/],
  ] as const;
  for (const [ext, type, name] of formats) {
    const response = await editor.request.get(url(ext));
    expect(response.status(), ext).toBe(200);
    expect(response.headers()["content-type"]).toBe(type);
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="/);
    expect(fileName(response)).toMatch(name);
  }
  const claims = await editor.request.get(url(".csv"));
  const body = await claims.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(body.toString("utf8")).toContain(`"${tag}: 雙方同意, ""teams"""`);
  expect(claims.headers()["x-report-rows"]).toBe("1");
  const verdicts = (await (await editor.request.get(url(".verdicts.csv"))).text()).split("\r\n");
  expect(verdicts.filter(Boolean)).toHaveLength(3);
  const json = await (await editor.request.get(url(".json"))).json();
  expect(json.claims[0].verdicts.map((v: { label: string }) => v.label)).toEqual(["CONTRADICTED", "CONTRADICTED"]);
  const review = (await (await editor.request.get(url(".claimreview.jsonld"))).json())["@graph"][0];
  expect(review.reviewRating).toMatchObject({ ratingValue: 1, alternateName: "Contradicted" });
  expect(review.reviewBody).toContain("2 of 2 reviewers: contradicted.");
  expect((await (await editor.request.get(url(".pdf"))).body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("errors: 400 bad filter, 401 anonymous, 403 reviewer, 404 unknown investigation or format", async ({ request }) => {
  const bad = await editor.request.get(url(".csv", "consensus=MAYBE"));
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("consensus") });
  expect((await request.get(url(".csv"))).status()).toBe(401);
  for (const ext of [".csv", ".verdicts.csv", ".json", ".claimreview.jsonld", ".pdf"]) expect((await reviewer.request.get(url(ext))).status(), ext).toBe(403);
  expect((await editor.request.get("/api/v1/reports/nope.json")).status()).toBe(404);
  const unknown = await editor.request.get(`/api/v1/reports/${investigationId}.xlsx`);
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.message).toContain(".verdicts.csv");
});

test("the methodology page and the report schema are public", async ({ request, page }) => {
  const schema = await request.get("/methodology/report.schema.json");
  expect(schema.status()).toBe(200);
  expect((await schema.json()).properties.claims.type).toBe("array");
  // The same document for API clients, behind the API's authentication.
  expect((await request.get("/api/v1/schemas/report.json")).status()).toBe(401);
  expect(await (await editor.request.get("/api/v1/schemas/report.json")).json()).toEqual(await schema.json());
  await page.goto("/methodology");
  await expect(page.getByRole("heading", { name: "Methodology" })).toBeVisible();
  await expect(page.getByTestId("rating-scale")).toContainText("Contradicted");
});

test("an editor downloads every format from the dashboard's Export menu", async ({ page }) => {
  await login(page, USERS.editor);
  await page.goto(`/dashboard?investigationId=${investigationId}&q=${encodeURIComponent(tag)}`);
  const menu = page.getByTestId("export-menu");
  const expected = [
    ["Claims (CSV)", /-claims-.*\.csv$/, (text: string) => expect(text).toContain(tag)],
    ["Verdicts (CSV)", /-verdicts-.*\.csv$/, (text: string) => expect(text).toContain("second line")],
    ["Full report (JSON)", /-report-.*\.json$/, (text: string) => expect(JSON.parse(text).claimCount).toBe(1)],
    ["ClaimReview (JSON-LD)", /-claimreview-.*\.jsonld$/, (text: string) => expect(JSON.parse(text)["@graph"]).toHaveLength(1)],
    ["Printable report (PDF)", /-report-.*\.pdf$/, (text: string) => expect(text.startsWith("%PDF-")).toBe(true)],
  ] as const;
  for (const [name, file, check] of expected) {
    await menu.locator("summary").click();
    if (name === "Claims (CSV)") await page.screenshot({ path: "test-results/screenshots/export-menu.png" });
    const [download] = await Promise.all([page.waitForEvent("download"), menu.getByRole("link", { name: new RegExp(name.replace(/[()]/g, "\\$&")) }).click()]);
    expect(download.suggestedFilename()).toMatch(file);
    check(await readFile((await download.path())!, "utf8"));
    await expect(page.getByTestId("export-status")).toContainText("saved");
  }
  await page.screenshot({ path: "test-results/screenshots/export-done.png" });
});

test("the PDF, rendered to pages, shows the Chinese claim and quote in an embedded font", async ({ page }) => {
  await login(page, USERS.editor);
  await page.goto(`/dashboard?investigationId=${investigationId}&q=${encodeURIComponent(tag)}`);
  const menu = page.getByTestId("export-menu");
  await menu.locator("summary").click();
  const [download] = await Promise.all([page.waitForEvent("download"), menu.getByRole("link", { name: /Printable report \(PDF\)/ }).click()]);
  const file = (await download.path())!;
  const words = await pdfWords(file);
  // The claim text (雙方同意, …) and its quote (雙方同意設立專責團隊), each rasterised where pdftotext
  // places it: a missing CJK font would leave these boxes blank or hold no such words at all.
  const chinese = words.filter((w) => /[\u4e00-\u9fff]{4}/.test(w.word) && w.word.includes("雙方同意"));
  expect(chinese.length).toBeGreaterThanOrEqual(2);
  const pages = pdfPages(file, "test-results/screenshots/report-pdf");
  for (const word of chinese) {
    const ink = await pages.inkInBox(word);
    expect(ink, `ink in the box of "${word.word}" on page ${word.page}`).toBeGreaterThan(0.08);
  }
});
