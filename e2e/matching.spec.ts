import type { APIRequestContext } from "@playwright/test";
import { LOCALES } from "@/lib/i18n/config";
import { expect, signInWithLanguage, test } from "./fixtures";

// Cross-source matching as a reviewer meets it, in every UI language: the evidence picker suggests
// the Traditional-script passage for a claim pinned in Simplified script, one click cites it, and
// the same claim in another source is linked into a cluster the dashboard groups by.

const CLAIM_004 = "乌克兰期望回到2014年的边界或加入北约联盟是不现实的";
const PASSAGE_002 = "烏克蘭的邊界不太可能回復到2014年以前";

async function pinClaim(request: APIRequestContext, titleStart: string, exact: string): Promise<string> {
  const investigations = (await (await request.get("/api/v1/investigations")).json()).items as { id: string }[];
  const sources = (await (await request.get(`/api/v1/sources?investigationId=${investigations[0]!.id}`)).json()).items as { id: string; title: string }[];
  const source = sources.find((s) => s.title.startsWith(titleStart))!;
  const text = (await (await request.get(`/api/v1/sources/${source.id}`)).json()).text as string;
  const start = [...text.slice(0, text.indexOf(exact))].length;
  const response = await request.post("/api/v1/claims", { data: { sourceId: source.id, text: exact, selector: { exact, start, end: start + [...exact].length } } });
  expect(response.status()).toBe(201);
  return (await response.json()).id;
}

for (const locale of LOCALES) {
  test(`evidence picker suggests cross-script passages, cites one, links the same claim (${locale})`, async ({ browser }) => {
    const page = await signInWithLanguage(browser, locale);
    const claimId = await pinClaim(page.request, "特朗普欲", CLAIM_004);
    const twinId = await pinClaim(page.request, "川普同日", PASSAGE_002);

    await page.goto(`/claims/${claimId}`);
    await page.getByTestId("add-evidence").click();
    const suggestion = page.getByTestId("match-suggestion").filter({ hasText: PASSAGE_002 });
    await expect(suggestion).toHaveCount(1);
    // The shared terms are marked, across scripts (边界 / 邊界) and figures (2014).
    await expect(suggestion.locator("mark", { hasText: "2014" }).first()).toBeVisible();
    await expect(suggestion.getByTestId("match-stance")).toHaveAttribute("data-stance", "SUPPORTS");
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

    const investigations = (await (await page.request.get("/api/v1/investigations")).json()).items as { id: string }[];
    await page.goto(`/dashboard?investigationId=${investigations[0]!.id}&view=clusters`);
    await expect(page.getByTestId("cluster-row").filter({ hasText: PASSAGE_002 }).first()).toBeVisible();
    await page.context().close();
  });
}
