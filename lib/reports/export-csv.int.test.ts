import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { exportReport } from "./export-report";
import { closeReportPool } from "./report-pool";
import { CLAIM_A_TEXT, readReport, seedReportScenario, TRICKY_RATIONALE } from "./report-scenario";

let s: Awaited<ReturnType<typeof seedReportScenario>>;
beforeAll(async () => {
  s = await seedReportScenario(db);
});
afterAll(closeReportPool);

const csv = async (format: "claimsCsv" | "verdictsCsv", query: Record<string, string> = {}) => {
  const file = await exportReport({ actor: s.ws.editor, input: s.input(format, query) });
  const { bytes, text } = await readReport(file.body);
  return { file, bytes, text, records: parse(text, { columns: true }) as Record<string, string>[] };
};

describe("claims CSV", () => {
  it("is UTF-8 with a byte-order mark and CRLF records, named for the investigation", async () => {
    const { file, bytes, text } = await csv("claimsCsv");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.split("\r\n")[0]).toBe("claim_id,claim_text,source_title,source_publisher,source_url,source_date,quote,corroborated,contested,contradicted,consensus,agreement,final_verdict,final_rationale,evidence_for,evidence_against,reviewers,reviewer_names,last_change");
    expect(file.contentType).toBe("text/csv; charset=utf-8; header=present");
    expect(file.fileName).toMatch(/^factdesk-inv-[a-z0-9]+-claims-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.rows).toBe(3);
  });

  it("holds the hand-computed figures of every claim, in creation order", async () => {
    const { records } = await csv("claimsCsv");
    const lastA = (await db.claimStats.findUniqueOrThrow({ where: { claimId: s.ids.a }, select: { lastActivityAt: true } })).lastActivityAt.toISOString();
    expect(records.map((r) => r.claim_id)).toEqual([s.ids.a, s.ids.b, s.ids.c]);
    expect(records[0]).toEqual({
      claim_id: s.ids.a, claim_text: CLAIM_A_TEXT, source_title: "Ministry statement", source_publisher: "Ministry, Press Office",
      source_url: "https://ministry.example/statement", source_date: "2025-02-18", quote: "lasted four hours",
      corroborated: "1", contested: "0", contradicted: "2", consensus: "CONTRADICTED", agreement: "0.3333",
      final_verdict: "CONTESTED", final_rationale: "The wire, too, says four hours.", evidence_for: "1", evidence_against: "1",
      reviewers: "3", reviewer_names: "Li Wei; Chen Mei; Sam", last_change: lastA,
    });
    expect(records[1]).toMatchObject({ corroborated: "0", contested: "1", contradicted: "0", consensus: "CONTESTED", agreement: "", final_verdict: "", final_rationale: "", reviewers: "1", reviewer_names: "Li Wei" });
    expect(records[2]).toMatchObject({ consensus: "", agreement: "", reviewers: "0", reviewer_names: "", evidence_for: "0" });
  });

  it("applies the dashboard's filters", async () => {
    expect((await csv("claimsCsv", { disputed: "true" })).records.map((r) => r.claim_id)).toEqual([s.ids.a]);
    expect((await csv("claimsCsv", { consensus: "NONE" })).records.map((r) => r.claim_id)).toEqual([s.ids.c]);
    expect((await csv("claimsCsv", { q: "RIYADH" })).records.map((r) => r.claim_id)).toEqual([s.ids.c]);
    const none = await csv("claimsCsv", { finalVerdict: "CORROBORATED" });
    expect([none.records, none.file.rows, none.text.split("\r\n").length]).toEqual([[], 0, 2]);
  });
});

describe("verdicts CSV", () => {
  it("has one row per verdict, in the order given, with rationales and passages intact", async () => {
    const { file, records } = await csv("verdictsCsv");
    expect(file.rows).toBe(4);
    expect(file.fileName).toMatch(/-verdicts-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(records.map((r) => [r.claim_id, r.reviewer, r.label])).toEqual([
      [s.ids.a, "Li Wei", "CORROBORATED"], [s.ids.a, "Chen Mei", "CONTRADICTED"], [s.ids.a, "Sam", "CONTRADICTED"], [s.ids.b, "Li Wei", "CONTESTED"],
    ]);
    const verdicts = await db.verdict.findMany({ where: { claimId: s.ids.a }, orderBy: { createdAt: "asc" }, select: { id: true, createdAt: true, updatedAt: true } });
    expect(records.slice(0, 3).map((r) => [r.verdict_id, r.created_at, r.updated_at])).toEqual(verdicts.map((v) => [v.id, v.createdAt.toISOString(), v.updatedAt.toISOString()]));
    expect(records[0]).toMatchObject({ rationale: "", evidence_count: "1", evidence: 'SUPPORTS · Agency wire: "the talks lasted four hours in Riyadh"' });
    expect(records[1]).toMatchObject({ rationale: TRICKY_RATIONALE, evidence_count: "1", evidence: 'REFUTES · Second report: "lasted two hours" (2nd report)' });
    // A cell Excel would evaluate is kept as text.
    expect(records[3]!.rationale).toBe("'=1+1, a formula?");
  });

  it("lists only the filtered claims' verdicts", async () => {
    expect((await csv("verdictsCsv", { consensus: "CONTESTED" })).records.map((r) => r.claim_id)).toEqual([s.ids.b]);
  });
});
