import { demoInvestigation, expect, test } from "./fixtures";

const TITLES = [
  "美國與俄羅斯代表進行會談,準備解決烏克蘭領土問題",
  "美俄就烏克蘭實現和平的談判",
  "川普同日與普京、澤倫斯基通話 白宮新聞發布會詳解俄烏談判",
  "泽连斯基称准备好与美国达成协议 乌克兰和俄罗斯停战谈判面临哪些困难",
  "特朗普欲“单飞”和谈惹众怒，承诺基辅可以参与俄乌谈判",
];

test("the home page lists the demo investigation with all five sources", async ({ reviewerPage: page }) => {
  // Other specs add investigations of their own (e2e/imports.spec.ts); this one is about the demo.
  const investigation = demoInvestigation(page);
  await expect(investigation).toBeVisible();
  await expect(investigation.getByTestId("source-row")).toHaveCount(5);
  for (const title of TITLES) await expect(investigation.getByRole("link", { name: title })).toBeVisible();
  const jin10 = investigation.getByTestId("source-row").filter({ hasText: "金十数据" });
  await expect(jin10.getByTestId("language-badge")).toHaveText(["简"]);
  await page.screenshot({ path: "test-results/screenshots/home.png", fullPage: true });
});

test("a source page shows clean text, metadata, and the raw text on request", async ({ reviewerPage: page }) => {
  await demoInvestigation(page).getByRole("link", { name: TITLES[1]! }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLES[1]!);
  const clean = page.getByTestId("clean-text");
  await expect(clean).toContainText("美國俄羅斯兩國於沙地阿拉伯利雅德展開談判");
  await expect(clean).not.toContainText("跳转到内容");
  await expect(clean).not.toContainText("[编辑]");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(clean).toHaveAttribute("lang", "zh-Hant");
  await page.screenshot({ path: "test-results/screenshots/source-zh-hant.png", fullPage: true });

  await page.getByRole("tab", { name: "Raw text as imported" }).click();
  await expect(page.getByTestId("raw-text")).toContainText("跳转到内容");
  await expect(page.getByTestId("raw-text")).toContainText("[编辑]");
});

test("the Markdown source shows no front matter or Markdown syntax", async ({ reviewerPage: page }) => {
  await demoInvestigation(page).getByRole("link", { name: TITLES[4]! }).click();
  const clean = page.getByTestId("clean-text");
  await expect(clean).toContainText("美国总统特朗普周四表示");
  await expect(clean).not.toContainText("thumbnail:");
  await expect(clean).not.toContainText("**");
  await expect(page.getByRole("link", { name: "https://xnews.jin10.com/details/163169" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/source-zh-hans.png", fullPage: true });
});

test("an unknown source id is a friendly 404", async ({ reviewerPage: page }) => {
  const response = await page.goto("/sources/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
