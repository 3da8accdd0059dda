import { expect, login, test, USERS } from "./fixtures";
import { apiSession } from "./support/api-session";

test("an editor finds a disputed claim on the dashboard, settles it, then publishes a correction", async ({ browser, page }) => {
  // Three members in three browser contexts (two reviewers through the API, the editor, then a
  // locked-out reviewer and an anonymous reader): beside other workers it outruns 30 s.
  test.setTimeout(60_000);
  const tag = `Dispute ${Date.now()}`;
  const reviewer1 = await apiSession(browser, USERS.reviewer1);
  const reviewer2 = await apiSession(browser, "reviewer2@factdesk.test");
  const investigationId = ((await (await reviewer1.request.get("/api/v1/investigations")).json()) as { items: { id: string }[] }).items[0]!.id;
  const sources = ((await (await reviewer1.request.get(`/api/v1/sources?investigationId=${investigationId}`)).json()) as { items: { id: string; title: string }[] }).items;
  const source = sources.find((s) => s.title.startsWith("美國與俄羅斯"))!;
  const { text } = (await (await reviewer1.request.get(`/api/v1/sources/${source.id}`)).json()) as { text: string };
  const exact = "雙方同意設立專責團隊";
  const start = [...text.slice(0, text.indexOf(exact))].length;
  const claim = await reviewer1.request.post("/api/v1/claims", { data: { sourceId: source.id, text: `${tag}: both sides agreed to set up teams`, selector: { exact, start, end: start + [...exact].length } } });
  const claimId = ((await claim.json()) as { id: string }).id;
  await reviewer1.request.put(`/api/v1/claims/${claimId}/verdicts/me`, { data: { label: "CORROBORATED", baseVersion: 0 } });
  await reviewer2.request.put(`/api/v1/claims/${claimId}/verdicts/me`, { data: { label: "CONTRADICTED", rationale: "No such agreement is reported elsewhere.", baseVersion: 0 } });

  await login(page, USERS.editor);
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByTestId("summary-panel")).toBeVisible();
  await page.getByLabel("Disputed only").check();
  await expect(page).toHaveURL(/disputed=true/);
  await page.getByLabel("Search claim text").fill(tag);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=Dispute/);
  const row = page.getByTestId("dashboard-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Disputed");
  await page.screenshot({ path: "test-results/screenshots/dashboard.png", fullPage: true });

  await row.getByRole("link", { name: new RegExp(tag) }).click();
  const panel = page.getByTestId("final-verdict");
  await panel.getByLabel("Contradicted").check();
  await panel.getByLabel("Published rationale").fill("Only one outlet reports the teams; the others contradict it.");
  await panel.getByRole("button", { name: "Publish final verdict" }).click();
  await expect(panel).toContainText("Only one outlet reports the teams");

  // The reviewer's form on that claim is now locked.
  const reviewerPage = await (await browser.newContext()).newPage();
  await login(reviewerPage, USERS.reviewer1);
  await reviewerPage.goto(`/claims/${claimId}`);
  await expect(reviewerPage.getByTestId("settled-notice")).toBeVisible();
  await expect(reviewerPage.getByTestId("save-verdict")).toBeDisabled();

  // A correction needs a note, and then appears in the public corrections log.
  await panel.getByLabel("Contested").check();
  await panel.getByLabel("Published rationale").fill("The teams were agreed but not yet staffed.");
  await panel.getByRole("button", { name: "Publish correction" }).click();
  await expect(panel.getByText("A correction note is required to change a published verdict")).toBeVisible();
  await panel.getByLabel(/Correction note/).fill("A later Kremlin readout confirmed the agreement in principle.");
  await panel.getByRole("button", { name: "Publish correction" }).click();
  await expect(panel).toContainText("The teams were agreed but not yet staffed.");

  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto("/corrections");
  const entry = anonymous.getByTestId("correction").filter({ hasText: tag });
  await expect(entry).toContainText("Contradicted");
  await expect(entry).toContainText("Contested");
  await expect(entry).toContainText("A later Kremlin readout confirmed the agreement in principle.");
  await expect(entry).toContainText("Elena Editor");
  await Promise.all([reviewer1.close(), reviewer2.close(), reviewerPage.context().close(), anonymous.context().close()]);
});
