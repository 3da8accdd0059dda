import type { APIRequestContext, Page } from "@playwright/test";
import { expect, login, test, USERS } from "./fixtures";
import { apiSession } from "./support/api-session";
import { selectText } from "./support/select-text";

const CLAIM_SOURCE = "美國與俄羅斯代表進行會談,準備解決烏克蘭領土問題";
const EVIDENCE_SOURCE = "美俄就烏克蘭實現和平的談判";

type TSource = { id: string; title: string };

/** Pins a new claim on the demo source through the API, quoting `exact` (offsets in code points). */
async function pinClaim(request: APIRequestContext, text: string, exact = "這場長達四小時的會談"): Promise<string> {
  const investigations = (await (await request.get("/api/v1/investigations")).json()) as { items: { id: string }[] };
  const sources = (await (await request.get(`/api/v1/sources?investigationId=${investigations.items[0]!.id}`)).json()) as { items: TSource[] };
  const source = sources.items.find((s) => s.title === CLAIM_SOURCE)!;
  const detail = (await (await request.get(`/api/v1/sources/${source.id}`)).json()) as { text: string };
  const at = detail.text.indexOf(exact);
  const start = [...detail.text.slice(0, at)].length;
  const response = await request.post("/api/v1/claims", { data: { sourceId: source.id, text, selector: { exact, start, end: start + [...exact].length } } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** Moves focus off any field, so letter shortcuts apply. */
const blur = (page: Page) => page.getByTestId("claim-text").click();

test("a reviewer records a verdict with evidence, keyboard first", async ({ reviewerPage: page }) => {
  const claimId = await pinClaim(page.request, `Four-hour talks ${Date.now()}`);
  await page.goto(`/claims/${claimId}`);
  await expect(page.getByTestId("quote-in-context").first()).toHaveAttribute("lang", "zh-Hant");
  await expect(page.getByTestId("source-link")).toHaveAttribute("href", new RegExp(`/sources/.+\\?claim=${claimId}$`));

  await blur(page);
  await page.keyboard.press("2");
  await expect(page.getByTestId("label-CONTESTED")).toBeChecked();
  await page.keyboard.press("Control+Enter");
  const rationale = page.getByTestId("rationale");
  await expect(rationale).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").filter({ hasText: "a rationale is required" })).toBeVisible();
  await rationale.fill("Only one outlet gives the length.");

  await blur(page);
  await page.keyboard.press("e");
  await expect(page.locator("#evidence-source")).toBeFocused();
  await page.locator("#evidence-source").selectOption({ label: EVIDENCE_SOURCE });
  await selectText(page.getByTestId("evidence-source-text"), "美俄代表團在利雅德會面");
  await page.getByRole("button", { name: "Supports", exact: true }).last().click();
  await expect(page.getByTestId("evidence-item")).toHaveCount(1);
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("save-status")).toHaveText("Saved (version 1)");

  const saved = (await (await page.request.get(`/api/v1/claims/${claimId}/verdicts`)).json()) as { mine: { label: string; evidence: { exact: string; stance: string; sourceTitle: string }[] } };
  expect(saved.mine.label).toBe("CONTESTED");
  expect(saved.mine.evidence).toEqual([expect.objectContaining({ exact: "美俄代表團在利雅德會面", stance: "SUPPORTS", sourceTitle: EVIDENCE_SOURCE })]);
  await expect(page.getByTestId("history-entry")).toHaveText([/Li Wei gave Contested/]);
});

test("a save from a stale tab shows the newer verdict and overwrites nothing", async ({ reviewerPage: page }) => {
  const claimId = await pinClaim(page.request, `Stale tab ${Date.now()}`);
  const put = (data: object) => page.request.put(`/api/v1/claims/${claimId}/verdicts/me`, { data });
  expect((await put({ label: "CORROBORATED", baseVersion: 0 })).status()).toBe(200);
  await page.goto(`/claims/${claimId}`);
  await expect(page.getByRole("heading", { name: "Your verdict · version 1" })).toBeVisible();
  expect((await put({ label: "CONTRADICTED", rationale: "From the other tab.", baseVersion: 1 })).status()).toBe(200);

  await blur(page);
  await page.keyboard.press("2");
  await page.getByTestId("rationale").fill("From this tab.");
  await page.getByTestId("save-verdict").click();
  const conflict = page.getByTestId("stale-conflict");
  await expect(conflict).toContainText("Your verdict changed since you opened it");
  await expect(conflict).toContainText("Version 2");
  await expect(conflict).toContainText("From the other tab.");
  await expect(page.getByTestId("rationale")).toHaveValue("From this tab.");

  await page.getByTestId("load-newer").click();
  await expect(page.getByTestId("rationale")).toHaveValue("From the other tab.");
  await expect(page.getByTestId("label-CONTRADICTED")).toBeChecked();
  await page.getByTestId("save-verdict").click();
  await expect(page.getByTestId("save-status")).toHaveText("Saved (version 3)");
});

test("blind review hides others' verdicts until one's own is in", async ({ reviewerPage: page, browser }) => {
  const claimId = await pinClaim(page.request, `Blind ${Date.now()}`);
  const reviewer2 = await apiSession(browser, "reviewer2@factdesk.test");
  expect((await reviewer2.request.put(`/api/v1/claims/${claimId}/verdicts/me`, { data: { label: "CONTRADICTED", rationale: "No.", baseVersion: 0 } })).status()).toBe(200);
  await reviewer2.close();

  await page.goto(`/claims/${claimId}`);
  await expect(page.getByTestId("blind-notice")).toContainText("1 other verdict is hidden until you submit yours.");
  await expect(page.getByTestId("other-verdict")).toHaveCount(0);
  await blur(page);
  await page.keyboard.press("1");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("save-status")).toHaveText("Saved (version 1)");
  await expect(page.getByTestId("other-verdict")).toHaveCount(1);
  await expect(page.getByTestId("other-verdict")).toContainText("Chen Mei");
});

test("comments render Markdown safely; authors reply, edit and delete", async ({ reviewerPage: page }) => {
  const claimId = await pinClaim(page.request, `Comments ${Date.now()}`);
  await page.goto(`/claims/${claimId}`);
  const box = page.getByRole("textbox", { name: "Add a comment" });
  await box.fill('See **Reuters**: [wire](https://example.org/wire) <img src=x onerror="window.hacked=1"> [bad](javascript:window.hacked=1)');
  await box.press("Control+Enter");
  const body = page.getByTestId("comment-body").first();
  await expect(body.locator("strong")).toHaveText("Reuters");
  await expect(body.getByRole("link", { name: "wire" })).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(body.locator("img, a[href^='javascript']")).toHaveCount(0);
  await expect(body.getByText("bad")).toBeVisible();
  await expect(page.getByTestId("save-status")).toHaveText("");

  await page.getByRole("button", { name: "Reply to Li Wei" }).click();
  await page.getByRole("textbox", { name: "Your reply" }).fill("A reply.");
  await page.getByRole("button", { name: "Reply", exact: true }).last().click();
  await expect(page.getByTestId("comment")).toHaveCount(2);

  await page.getByTestId("comment").first().getByRole("button", { name: "Edit" }).first().click();
  await page.getByRole("textbox", { name: "Edit your comment" }).fill("Edited **text**.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("comment-body").first()).toHaveText("Edited text.");

  page.once("dialog", (dialog) => dialog.accept());
  // Replies are nested inside their root's item, so the innermost match is the reply itself.
  await page.getByTestId("comment").filter({ hasText: "A reply." }).last().getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("comment")).toHaveCount(1);
});

test("an editor assigns a reviewer, who finds the claim in My queue", async ({ page, browser }) => {
  const reviewer = await apiSession(browser, USERS.reviewer1);
  const text = `Assigned ${Date.now()}`;
  const claimId = await pinClaim(reviewer.request, text);
  await reviewer.close();

  await login(page, USERS.editor);
  await page.goto(`/claims/${claimId}`);
  await page.getByLabel("Member to assign").selectOption({ label: "Li Wei · Reviewer" });
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByTestId("assignee")).toHaveText([/Li Wei/]);

  await page.context().clearCookies();
  await login(page, USERS.reviewer1);
  await page.getByRole("link", { name: "My queue" }).click();
  const row = page.getByTestId("queue-item").filter({ hasText: text });
  await expect(row.getByTestId("assigned-badge")).toHaveText("Assigned");
  await row.getByRole("link", { name: text }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${claimId}$`));
});

test("j and k move to the next and previous claim", async ({ reviewerPage: page }) => {
  const first = await pinClaim(page.request, `Walk A ${Date.now()}`);
  await pinClaim(page.request, `Walk B ${Date.now()}`);
  await page.goto(`/claims/${first}`);
  const next = await page.getByTestId("next-claim").getAttribute("href");
  await blur(page);
  await page.keyboard.press("j");
  await expect(page).toHaveURL(new RegExp(`${next}$`));
  await blur(page);
  await page.keyboard.press("k");
  await expect(page).toHaveURL(new RegExp(`/claims/${first}$`));
});

test("an unknown claim id is a 404", async ({ reviewerPage: page }) => {
  expect((await page.goto("/claims/does-not-exist"))?.status()).toBe(404);
});
