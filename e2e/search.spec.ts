import { expect, login, test, USERS } from "./fixtures";

// Selectors are test ids, roles and the corpus's own words, never UI wording, so the spec can run
// in every interface language.

const SOURCE_001 = "美俄就烏克蘭實現和平的談判";
const searchFromHeader = async (page: import("@playwright/test").Page, q: string) => {
  await page.getByTestId("header-search").getByRole("searchbox").fill(q);
  await page.getByTestId("header-search").getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByTestId("search-terms")).toBeVisible();
};

test("searching 泽连斯基 from the header finds the Traditional spellings, highlighted, and opens the passage", async ({ reviewerPage: page }) => {
  await searchFromHeader(page, "泽连斯基");
  await expect(page.getByTestId("search-term")).toContainText("澤倫斯基");
  // Narrowed to the demo investigation, as a desk with several would: other specs file copies of
  // demo sources (and their 澤倫斯基s) in investigations of their own.
  const demoId = ((await (await page.request.get("/api/v1/investigations")).json()) as { items: { id: string }[] }).items[0]!.id;
  await page.goto(`${page.url()}&investigationId=${demoId}`);
  await expect(page.getByTestId("search-term")).toContainText("澤倫斯基");
  const passages = page.getByTestId("search-group-passage");
  await expect(passages.getByTestId("search-source").filter({ hasText: SOURCE_001 })).toBeVisible();
  const marks = await passages.getByTestId("search-mark").allInnerTexts();
  expect(marks).toEqual(expect.arrayContaining(["澤倫斯基", "澤連斯基"]));
  await page.screenshot({ path: "test-results/screenshots/search-en.png", fullPage: true });

  const first = passages.getByTestId("search-source").filter({ hasText: SOURCE_001 }).getByTestId("search-hit").first();
  const marked = await first.getByTestId("search-mark").first().innerText();
  await first.getByTestId("open-passage").click();
  const focus = page.locator('mark[data-claim-ids~="search-passage"]');
  await expect(focus).toBeInViewport();
  await expect(focus).toContainText(marked);

  // A range past the end of the text (an old link after a re-import) is ignored, not an error.
  await page.goto(page.url().replace(/\?at=.*/, "?at=0-999999999"));
  await expect(page.getByTestId("clean-text")).toBeVisible();
  await expect(focus).toHaveCount(0);
});

test("an editor adds an alias and search then finds through it", async ({ page }) => {
  await login(page, USERS.editor);
  const sourcesFound = () => page.getByTestId("search-group-passage").getByTestId("search-source");
  // A term the seeded alias table and glossary do not know; 001 says it only in Chinese.
  await searchFromHeader(page, "presidential term");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(sourcesFound().filter({ hasText: SOURCE_001 })).toHaveCount(0);

  await page.goto("/entities");
  await page.getByTestId("entity-add").click();
  const form = page.getByTestId("entity-form");
  await form.locator('input[name="key"]').fill("presidential-term");
  for (const [i, text] of ["總統任期", "总统任期", "presidential term"].entries()) await form.getByTestId("name-row").nth(i).locator("input").fill(text);
  await form.getByTestId("entity-save").click();
  await expect(form).toHaveCount(0);
  await expect(page.getByTestId("entity-row").filter({ hasText: "presidential-term" })).toContainText("總統任期");

  await searchFromHeader(page, "presidential term");
  const found = sourcesFound().filter({ hasText: SOURCE_001 });
  await expect(found).toBeVisible();
  await expect(found.getByTestId("search-mark").first()).toHaveText("總統任期");

  // Leave the demo alias table as seeded (a retry, or a later spec, sees it unchanged).
  await page.goto("/entities");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByTestId("entity-row").filter({ hasText: "presidential-term" }).getByTestId("entity-delete").click();
  await expect(page.getByTestId("entity-row").filter({ hasText: "presidential-term" })).toHaveCount(0);
});

test("a spelling another entity owns is refused beside its own field, naming the owner", async ({ page }) => {
  await login(page, USERS.editor);
  await page.goto("/entities");
  await page.getByTestId("entity-add").click();
  const form = page.getByTestId("entity-form");
  await form.locator('input[name="key"]').fill("north-atlantic-alliance");
  await form.locator('select[name="kind"]').selectOption("ORG");
  const rows = form.getByTestId("name-row");
  await rows.nth(0).locator("input").fill("大西洋聯盟");
  await rows.nth(1).locator("input").fill("北约");
  await rows.nth(2).locator("input").fill("North Atlantic Alliance");
  await form.getByTestId("entity-save").click();
  await expect(rows.nth(1).getByTestId("name-error")).toContainText("nato");
  await expect(form.getByTestId("name-error")).toHaveCount(1);
  await page.screenshot({ path: "test-results/screenshots/entities-en.png", fullPage: true });
  await expect(page.getByTestId("entity-row").filter({ hasText: "north-atlantic-alliance" })).toHaveCount(0);
});

test("a reviewer reads the alias table but cannot change it", async ({ reviewerPage: page }) => {
  await page.goto("/entities");
  await expect(page.getByTestId("entity-row").filter({ hasText: "zelensky" })).toContainText("澤倫斯基");
  await expect(page.getByTestId("entities-read-only")).toBeVisible();
  await expect(page.getByTestId("entity-add")).toHaveCount(0);
  await expect(page.getByTestId("entity-edit")).toHaveCount(0);
  const reply = await page.request.post("/api/v1/entities", { data: { key: "reviewer-made", kind: "ORG", names: [{ text: "Reviewer Org", lang: "en" }] } });
  expect(reply.status()).toBe(403);
});
