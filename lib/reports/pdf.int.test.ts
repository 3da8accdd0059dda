import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setFinalVerdict } from "@/lib/adjudication/set-final-verdict";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { db } from "@/lib/server/db";
import { createClaim, createWorkspace, quoteOf } from "@/lib/testing/workspace-fixtures";
import { saveVerdict } from "@/lib/verdicts/save-verdict";
import { renderPdfReport } from "./pdf";
import { firstPage, reportClaims } from "./pdf-data";
import { useFontSourceForTests } from "./pdf-fonts";
import { ZReportFilters } from "./pdf-schemas";

const run = promisify(execFile);
// Fixed creation times: the report lists claims in creation order.
const at = (minute: number) => new Date(Date.UTC(2025, 1, 18, 9, minute));
const ZH_TEXT = "外交部表示：美俄代表在利雅德的會談持續了四個小時，雙方同意恢復大使館運作。烏克蘭並未受邀參加這次會談。";
const ZH_CLAIM = "美俄會談持續了四個小時，雙方同意恢復大使館運作。";
const ZH_QUOTE = "美俄代表在利雅德的會談持續了四個小時";
const RATIONALE = "兩家通訊社均證實會談時長。Both wires confirm the duration.";

let ws: Awaited<ReturnType<typeof createWorkspace>>;
let dir: string;
const claims: Record<"zh" | "en", string> = { zh: "", en: "" };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "factdesk-pdf-"));
  ws = await createWorkspace(db);
  const zh = await db.source.create({
    data: { investigationId: ws.investigationId, title: "外交部聲明", publisher: "中央社", publishedAt: new Date("2025-02-18T00:00:00Z"), languages: ["zh-Hant"], primaryLanguage: "zh-Hant", format: "text", rawText: ZH_TEXT, cleanText: ZH_TEXT, contentHash: "zh-statement" },
    select: { id: true },
  });
  claims.zh = (await createClaim(db, { investigationId: ws.investigationId, sourceId: zh.id, text: ZH_CLAIM, exact: ZH_QUOTE, createdAt: at(1) })).id;
  claims.en = (await createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text: "The talks in Riyadh lasted four hours.", exact: "the talks in Riyadh lasted four hours", createdAt: at(2) })).id;
  const passage = (source: { id: string; cleanText: string }, exact: string, stance: "SUPPORTS" | "REFUTES") => ({ sourceId: source.id, stance, ...quoteOf(source.cleanText, exact) });
  const fourHours = passage(ws.evidenceA, "會談持續了四個小時", "SUPPORTS");
  await saveVerdict({ db, actor: ws.reviewer1, input: { claimId: claims.zh, label: "CORROBORATED", evidence: [fourHours] } });
  await saveVerdict({ db, actor: ws.reviewer2, input: { claimId: claims.zh, label: "CORROBORATED", evidence: [fourHours] } });
  await saveVerdict({ db, actor: ws.reviewer1, input: { claimId: claims.en, label: "CORROBORATED" } });
  await saveVerdict({ db, actor: ws.reviewer2, input: { claimId: claims.en, label: "CONTRADICTED", rationale: "Another report says two hours.", evidence: [passage(ws.evidenceB, "the meeting lasted two hours", "REFUTES")] } });
  await setFinalVerdict({ db, actor: ws.editor, input: { claimId: claims.zh, label: "CORROBORATED", rationale: RATIONALE } });
});

afterAll(async () => {
  useFontSourceForTests(null);
  await rm(dir, { recursive: true, force: true });
});

async function render(name: string, input: unknown = { investigationId: ws.investigationId }) {
  const bytes = new Uint8Array(await new Response(await renderPdfReport({ db, actor: ws.editor, input })).arrayBuffer());
  const file = path.join(dir, `${name}.pdf`);
  await writeFile(file, bytes);
  const { stdout: text } = await run("pdftotext", ["-enc", "UTF-8", file, "-"]);
  const { stdout: fonts } = await run("pdffonts", [file]);
  // Wrapped lines split words and CJK runs anywhere: compare without whitespace.
  return { bytes, text, flat: text.replace(/\s+/g, ""), fonts };
}
const flat = (value: string) => value.replace(/\s+/g, "");

describe("renderPdfReport", () => {
  it("prints a PDF with the claims, the Chinese quote and its source, verdicts, the final rationale and alpha", async () => {
    const { bytes, text, flat: all, fonts } = await render("report");
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    expect(new TextDecoder().decode(bytes.slice(-8))).toContain("%%EOF");
    const { summary } = await getDashboard({ db, actor: ws.editor, input: { investigationId: ws.investigationId } });
    expect(summary.alpha).not.toBeNull();
    for (const expected of [
      "Talks", ZH_CLAIM, "The talks in Riyadh lasted four hours.", `“${ZH_QUOTE}”`, "Quoted from 外交部聲明 · 中央社 · 18 Feb 2025",
      "Corroborated 2", "Contradicted 1", RATIONALE, "KRIPPENDORFF'S α (NOMINAL)", summary.alpha!.toFixed(3), "FLEISS' κ", "EVIDENCE", "FINAL VERDICT",
      "Supports", "“會談持續了四個小時”", "cited by 2 reviewers", "Refutes", "“the meeting lasted two hours”", "No final verdict published yet.",
    ]) {
      expect(all, expected).toContain(flat(expected));
    }
    expect(text).toContain("published");
    // The zh-Hant source is set in the Traditional face, English in the Latin one.
    expect(fonts).toMatch(/NotoSansCJKtc-(Regular|Bold)/);
    expect(fonts).toMatch(/NotoSansCJKjp-Regular/);
  });

  it("applies the dashboard's filters and says so on the cover", async () => {
    const { flat: all } = await render("filtered", { investigationId: ws.investigationId, query: { finalVerdict: "NONE", language: "en", sort: "activity" } });
    expect(all).toContain(flat("Filters: language: en · final verdict: NONE"));
    expect(all).toContain(flat("The talks in Riyadh lasted four hours."));
    expect(all).not.toContain(flat(ZH_CLAIM));
  });

  it("stops cleanly when the reader goes away part-way (a closed download)", async () => {
    // More claims than one dashboard page, so the report is still being written after the cancel.
    const { id: investigationId } = await db.investigation.create({ data: { slug: `many-${Date.now()}`, name: "Many" }, select: { id: true } });
    const source = await db.source.create({ data: { investigationId, title: "Wire", languages: ["en"], primaryLanguage: "en", format: "text", rawText: "Four hours.", cleanText: "Four hours.", contentHash: "many" }, select: { id: true } });
    await db.claim.createMany({ data: Array.from({ length: 450 }, (_, i) => ({ investigationId, sourceId: source.id, text: `Claim ${i}`, textNormalized: `claim ${i}`, quoteExact: "Four hours." })) });
    const reader = (await renderPdfReport({ db, actor: ws.editor, input: { investigationId } })).getReader();
    for (let i = 0; i < 50; i++) expect((await reader.read()).value?.length).toBeGreaterThan(0);
    await reader.cancel();
    // Chunks pdfkit emits after the cancel must not reach the closed stream (an uncaught error fails the run).
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  });

  it("is for editors and admins only", async () => {
    await expect(renderPdfReport({ db, actor: ws.reviewer1, input: { investigationId: ws.investigationId } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("answers NOT_FOUND for an unknown investigation and BAD_REQUEST for bad filters", async () => {
    await expect(renderPdfReport({ db, actor: ws.editor, input: { investigationId: "no-such-investigation" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(renderPdfReport({ db, actor: ws.editor, input: { investigationId: ws.investigationId, query: { sort: "nonsense" } } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("falls back to the @fontsource subsets: Latin and common Chinese still print", async () => {
    useFontSourceForTests("fontsource");
    const { flat: all, fonts } = await render("fallback");
    useFontSourceForTests(null);
    expect(fonts).toMatch(/NotoSansSC/);
    expect(fonts).not.toMatch(/NotoSansCJK/);
    expect(all).toContain(flat("The talks in Riyadh lasted four hours."));
    expect(all).toContain(flat(ZH_CLAIM));
    expect(all).toContain(flat(RATIONALE));
  });
});

describe("report claims", () => {
  it("page through the dashboard in order and stop at the cap", async () => {
    const filters = ZReportFilters.parse({});
    const limits = { pageSize: 1, max: 3 };
    const extra = await createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text: "Both sides agreed to meet again.", exact: "Both sides agreed", createdAt: at(3) });
    const more = await createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text: "The minister said so.", exact: "The minister said", createdAt: at(4) });
    const first = await firstPage(db, ws.editor, ws.investigationId, filters, limits);
    const printed = [];
    for await (const batch of reportClaims(db, ws.editor, ws.investigationId, filters, first, limits)) printed.push(...batch);
    expect(printed.map((c) => [c.number, c.claimId])).toEqual([[1, claims.zh], [2, claims.en], [3, extra.id]]);
    expect(printed.map((c) => c.claimId)).not.toContain(more.id);
    expect(printed[0]!.final).toMatchObject({ label: "CORROBORATED", rationale: RATIONALE, editor: ws.editor.name });
    expect(printed[0]!.passages).toEqual([expect.objectContaining({ stance: "SUPPORTS", quote: "會談持續了四個小時", citedBy: 2 })]);
  });
});
