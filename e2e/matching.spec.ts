import type { APIRequestContext } from "@playwright/test";
import { LOCALES } from "@/lib/i18n/config";
import { expect, signInWithLanguage, test, USERS } from "./fixtures";
import { apiSession } from "./support/api-session";
import { createInvestigation } from "./support/investigation";

// Cross-source matching as a reviewer meets it, in every UI language: the evidence picker suggests
// the Traditional-script passage for a claim pinned in Simplified script, one click cites it, and
// the same claim in another source is linked into a cluster the dashboard groups by.
// Each language works in an investigation of its own holding copies of two demo sources: the
// journeys pin claims with the same words, and in one investigation each would see (and could
// link) the others' claims among its similar claims.

const SOURCE_004 = "特朗普欲";
const SOURCE_002 = "川普同日";
const CLAIM_004 = "乌克兰期望回到2014年的边界或加入北约联盟是不现实的";
const PASSAGE_002 = "烏克蘭的邊界不太可能回復到2014年以前";

async function pinClaim(request: APIRequestContext, investigationId: string, titleStart: string, exact: string): Promise<string> {
  const sources = (await (await request.get(`/api/v1/sources?investigationId=${investigationId}`)).json()).items as { id: string; title: string }[];
  const source = sources.find((s) => s.title.startsWith(titleStart))!;
  const text = (await (await request.get(`/api/v1/sources/${source.id}`)).json()).text as string;
  const start = [...text.slice(0, text.indexOf(exact))].length;
  const response = await request.post("/api/v1/claims", { data: { sourceId: source.id, text: exact, selector: { exact, start, end: start + [...exact].length } } });
  expect(response.status()).toBe(201);
  return (await response.json()).id;
}

/**
 * A new investigation holding copies of the two demo sources the journey works on (004, where the
 * claim is pinned, and 002, where its twin and the suggested passages are), imported by an editor.
 * Only those two: every copy is one more hit in the header search other specs make.
 */
async function copyOfDemo(editor: APIRequestContext, name: string): Promise<string> {
  const investigation = await createInvestigation(name);
  const demo = ((await (await editor.get("/api/v1/investigations")).json()).items as { id: string }[])[0]!;
  const sources = (await (await editor.get(`/api/v1/sources?investigationId=${demo.id}`)).json()).items as { id: string; title: string }[];
  for (const { id } of sources.filter((s) => [SOURCE_004, SOURCE_002].some((title) => s.title.startsWith(title)))) {
    const source = await (await editor.get(`/api/v1/sources/${id}`)).json();
    const copy = { investigationId: investigation.id, title: source.title, text: source.text, ...(source.publisher ? { publisher: source.publisher } : {}) };
    expect((await editor.post("/api/v1/sources", { data: copy })).status()).toBe(201);
  }
  return investigation.id;
}

for (const locale of LOCALES) {
  test(`evidence picker suggests cross-script passages, cites one, links the same claim (${locale})`, async ({ browser }) => {
    const editor = await apiSession(browser, USERS.editor);
    const investigationId = await copyOfDemo(editor.request, `Matching journey (${locale}) ${Date.now().toString(36)}`);
    await editor.close();
    const page = await signInWithLanguage(browser, locale);
    const claimId = await pinClaim(page.request, investigationId, SOURCE_004, CLAIM_004);
    const twinId = await pinClaim(page.request, investigationId, SOURCE_002, PASSAGE_002);

    await page.goto(`/claims/${claimId}`);
    await page.getByTestId("add-evidence").click();
    const suggestion = page.getByTestId("match-suggestion").filter({ hasText: PASSAGE_002 });
    await expect(suggestion).toHaveCount(1);
    // The shared terms are marked, across scripts (边界 / 邊界) and figures (2014).
    await expect(suggestion.locator("mark", { hasText: "2014" }).first()).toBeVisible();
    await expect(suggestion.getByTestId("match-stance")).toHaveAttribute("data-stance", "SUPPORTS");
    // And says why in so many words: the name, the year and the meaning it shares with the claim.
    await expect(suggestion.getByTestId("match-shared").locator('[data-kind="figures"]')).toContainText("2014");
    await expect(suggestion.getByTestId("match-shared").locator('[data-kind="names"]')).toContainText("烏克蘭");
    await page.screenshot({ path: `docs/screenshots/matching-${locale.toLowerCase()}.png`, fullPage: true });

    await suggestion.getByTestId("cite-supports").click();
    await expect(page.getByTestId("evidence-item").filter({ hasText: PASSAGE_002 })).toHaveCount(1);
    await page.getByTestId("label-CORROBORATED").check({ force: true });
    await page.getByTestId("save-verdict").click();
    await expect(page.getByTestId("save-status")).toContainText(/1/);
    const saved = await (await page.request.get(`/api/v1/claims/${claimId}/verdicts`)).json();
    // The cited passage is the whole sentence the suggestion showed, anchored in source 002.
    const cited = saved.mine.evidence as { exact: string; stance: string }[];
    expect(cited).toHaveLength(1);
    expect(cited[0]!.exact).toContain(PASSAGE_002);
    expect(cited[0]!.stance).toBe("SUPPORTS");

    const twin = page.getByTestId("similar-claim").filter({ hasText: PASSAGE_002 });
    await twin.getByTestId("link-claim").click();
    await expect(page.getByTestId("cluster-members")).toContainText(PASSAGE_002);
    expect((await (await page.request.get(`/api/v1/claims/${twinId}`)).json()).id).toBe(twinId);

    await page.goto(`/dashboard?investigationId=${investigationId}&view=clusters`);
    await expect(page.getByTestId("cluster-row").filter({ hasText: PASSAGE_002 }).first()).toBeVisible();

    // Taken out of the cluster again, the claim stands alone and its twin is offered for linking.
    await page.goto(`/claims/${claimId}`);
    await page.getByTestId("unlink-claim").click();
    await expect(page.getByTestId("cluster-members")).toHaveCount(0);
    await expect(page.getByTestId("similar-claim").filter({ hasText: PASSAGE_002 }).getByTestId("link-claim")).toBeVisible();
    await page.context().close();
  });
}
