// The seeded scenario the export integration tests compute by hand (test-only helper):
//   A "部長說, talks lasted "four hours""  Li Wei CORROBORATED (+ supporting passage of the Agency wire),
//       Chen Mei CONTRADICTED (rationale with Chinese, comma, quotes, newline; refuting passage of the
//       Second report), Sam CONTRADICTED → 1/0/2, consensus CONTRADICTED, disputed, agreement 1/3;
//       published CONTRADICTED, then corrected to CONTESTED.
//   B  Li Wei CONTESTED "=1+1, a formula?" → consensus CONTESTED, agreement null, not settled.
//   C  no verdicts.
import type { Actor } from "@/lib/auth/actor";
import { setFinalVerdict } from "@/lib/adjudication/set-final-verdict";
import type { Db } from "@/lib/server/db";
import { createClaim, createUser, createWorkspace, quoteOf, TEXTS } from "@/lib/testing/workspace-fixtures";
import { saveVerdict } from "@/lib/verdicts/save-verdict";
import type { TExportInput } from "./export-report";

export const TRICKY_RATIONALE = '烏克蘭說："四個小時"，但是, 另一份報告說兩個小時。\nSecond line, with "quotes".';
export const CLAIM_A_TEXT = '部長說, the talks lasted "four hours"';

export async function seedReportScenario(db: Db) {
  const ws = await createWorkspace(db);
  const sam = await createUser(db, "REVIEWER", "Sam");
  await db.source.update({ where: { id: ws.claimSource.id }, data: { publisher: "Ministry, Press Office", url: "https://ministry.example/statement", publishedAt: new Date("2025-02-18T00:00:00Z"), publishedHasTime: false } });
  await db.source.update({ where: { id: ws.evidenceA.id }, data: { publisher: "Agency", url: "https://agency.example/wire", publishedAt: new Date("2025-02-17T09:30:00Z"), publishedHasTime: true } });
  const claim = (text: string, exact: string) => createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text, exact });
  const a = (await claim(CLAIM_A_TEXT, "lasted four hours")).id;
  const b = (await claim("Both sides agreed to meet again", "Both sides agreed")).id;
  const c = (await claim("The talks were in Riyadh", "in Riyadh")).id;
  const passage = (source: { id: string; cleanText: string }, exact: string, stance: "SUPPORTS" | "REFUTES") => ({ sourceId: source.id, ...quoteOf(source.cleanText, exact), stance });
  const save = (actor: Actor, input: Record<string, unknown>) => saveVerdict({ db, actor, input });
  await save(ws.reviewer1, { claimId: a, label: "CORROBORATED", evidence: [passage(ws.evidenceA, "the talks lasted four hours in Riyadh", "SUPPORTS")] });
  await save(ws.reviewer2, { claimId: a, label: "CONTRADICTED", rationale: TRICKY_RATIONALE, evidence: [{ ...passage(ws.evidenceB, "lasted two hours", "REFUTES"), note: "2nd report" }] });
  await save(sam, { claimId: a, label: "CONTRADICTED", rationale: "Two hours." });
  await save(ws.reviewer1, { claimId: b, label: "CONTESTED", rationale: "=1+1, a formula?" });
  const first = await setFinalVerdict({ db, actor: ws.editor, input: { claimId: a, label: "CONTRADICTED", rationale: "Only the ministry says four hours." } });
  const current = await setFinalVerdict({ db, actor: ws.editor, input: { claimId: a, label: "CONTESTED", rationale: "The wire, too, says four hours.", correctionNote: "The Agency wire was missed." } });
  const input = (format: TExportInput["format"], query: Record<string, string> = {}): TExportInput => ({ investigationId: ws.investigationId, format, query });
  return { ws, sam, ids: { a, b, c }, first, current, input, texts: TEXTS };
}

/** The bytes of a report body, and its text without the byte-order mark. */
export async function readReport(body: ReadableStream<Uint8Array>): Promise<{ bytes: Uint8Array; text: string }> {
  const bytes = new Uint8Array(await new Response(body).arrayBuffer());
  return { bytes, text: new TextDecoder().decode(bytes) };
}
