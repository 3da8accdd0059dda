import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { exportReport } from "./export-report";
import { closeReportPool, createReportPool, REPORTS_APPLICATION_NAME, streamRows } from "./report-pool";
import { CLAIM_A_TEXT, readReport, seedReportScenario, TRICKY_RATIONALE } from "./report-scenario";
import { reportJsonSchema } from "./report-schema";

let s: Awaited<ReturnType<typeof seedReportScenario>>;
beforeAll(async () => {
  s = await seedReportScenario(db);
});
afterAll(closeReportPool);

const exported = async (format: "json" | "claimReview", query: Record<string, string> = {}) => {
  const file = await exportReport({ actor: s.ws.editor, input: s.input(format, query) });
  return { file, body: JSON.parse((await readReport(file.body)).text) };
};

describe("JSON report", () => {
  it("validates against its published JSON Schema", async () => {
    const { file, body } = await exported("json");
    const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(reportJsonSchema("http://localhost:3000"));
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(file.contentType).toBe("application/json; charset=utf-8");
    expect(body.$schema).toBe("http://localhost:3000/methodology/report.schema.json");
    // The validator does reject a report that breaks the schema.
    expect(validate({ ...body, claims: [{ ...body.claims[0], agreement: 2 }] })).toBe(false);
  });

  it("nests claim → verdicts → evidence with the hand-computed content", async () => {
    const { body } = await exported("json", { disputed: "true", sort: "agreement" });
    expect(body.filters).toEqual({ disputed: true });
    expect(body.claimCount).toBe(1);
    const [a] = body.claims;
    expect(a).toMatchObject({
      id: s.ids.a, text: CLAIM_A_TEXT, quote: { exact: "lasted four hours", orphaned: false },
      source: { title: "Ministry statement", publisher: "Ministry, Press Office", publishedAt: "2025-02-18", languages: ["en"] },
      counts: { CORROBORATED: 1, CONTESTED: 0, CONTRADICTED: 2 }, reviewers: 3, consensus: "CONTRADICTED", disputed: true,
      finalVerdict: { label: "CONTESTED", rationale: "The wire, too, says four hours.", editor: "Elena Editor", corrected: true, publishedAt: s.current.publishedAt, firstPublishedAt: s.first.publishedAt },
      evidence: { supports: 1, refutes: 1 },
    });
    expect(a.agreement).toBeCloseTo(1 / 3, 12);
    expect(a.verdicts.map((v: { reviewer: { name: string }; label: string }) => [v.reviewer.name, v.label])).toEqual([["Li Wei", "CORROBORATED"], ["Chen Mei", "CONTRADICTED"], ["Sam", "CONTRADICTED"]]);
    expect(a.verdicts[1].rationale).toBe(TRICKY_RATIONALE);
    expect(a.verdicts[1].evidence).toEqual([expect.objectContaining({ sourceId: s.ws.evidenceB.id, sourceTitle: "Second report", stance: "REFUTES", exact: "lasted two hours", note: "2nd report" })]);
    // Offsets are code points: the evidence of the Agency wire follows an emoji and Chinese text.
    const supporting = a.verdicts[0].evidence[0];
    expect([...s.ws.evidenceA.cleanText].slice(supporting.start, supporting.end).join("")).toBe("the talks lasted four hours in Riyadh");
  });
});

describe("ClaimReview JSON-LD", () => {
  it("describes only published verdicts, with the required and recommended fields", async () => {
    const { file, body } = await exported("claimReview");
    expect(file.contentType).toBe("application/ld+json; charset=utf-8");
    expect(file.rows).toBe(1);
    expect(body["@context"]).toBe("https://schema.org");
    expect(body["@graph"]).toHaveLength(1);
    const review = body["@graph"][0];
    for (const field of ["claimReviewed", "url", "author", "datePublished", "reviewRating", "itemReviewed"]) expect(review).toHaveProperty(field);
    expect(review).toMatchObject({
      "@type": "ClaimReview",
      url: `http://localhost:3000/claims/${s.ids.a}`,
      claimReviewed: CLAIM_A_TEXT,
      author: { "@type": "Organization", name: "Factdesk", url: "http://localhost:3000" },
      datePublished: s.first.publishedAt,
      dateModified: s.current.publishedAt,
      reviewRating: { "@type": "Rating", ratingValue: 2, bestRating: 3, worstRating: 1, alternateName: "Contested" },
      reviewBody: "The wire, too, says four hours.\n\n0 of 3 reviewers: contested (1 corroborated, 2 contradicted).",
    });
    // The Agency wire supports the claim and was published a day earlier than the ministry's statement.
    expect(review.itemReviewed).toMatchObject({
      "@type": "Claim",
      author: { "@type": "Organization", name: "Ministry, Press Office" },
      firstAppearance: { "@type": "CreativeWork", headline: "Agency wire", url: "https://agency.example/wire", datePublished: "2025-02-17T09:30:00.000Z" },
    });
    expect(review.itemReviewed.appearance.map((a: { headline: string }) => a.headline)).toEqual(["Agency wire", "Ministry statement"]);
  });

  it("is an empty graph when no filtered claim is settled", async () => {
    expect((await exported("claimReview", { consensus: "CONTESTED" })).body["@graph"]).toEqual([]);
  });
});

describe("who may export what", () => {
  it("refuses reviewers, unknown investigations, bad filters and unknown formats", async () => {
    const run = (actor = s.ws.editor, input: unknown = s.input("json")) => exportReport({ actor, input });
    await expect(run(s.ws.reviewer1)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(run(s.ws.editor, { ...s.input("json"), investigationId: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(run(s.ws.editor, s.input("json", { consensus: "MAYBE" }))).rejects.toMatchObject({ code: "BAD_REQUEST", details: { fields: [{ path: "consensus" }] } });
    await expect(run(s.ws.editor, { ...s.input("json"), format: "xlsx" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("streaming", () => {
  it("reads through the reports' own connection and returns it to the pool when done", async () => {
    const pool = createReportPool(process.env.DATABASE_URL, 1);
    try {
      const file = await exportReport({ actor: s.ws.editor, input: s.input("verdictsCsv"), pool });
      expect((await readReport(file.body)).text.split("\r\n")).toHaveLength(6);
      expect([pool.totalCount, pool.idleCount]).toEqual([1, 1]);
    } finally {
      await pool.end();
    }
  });

  it("closes a cursor read only in part (a cancelled download) and discards its connection", async () => {
    const pool = createReportPool(process.env.DATABASE_URL, 1);
    try {
      const rows = streamRows<{ n: number }>(pool, Prisma.sql`SELECT n FROM generate_series(1, 1000000) n`, 100);
      const first = (await rows.next()).value;
      expect([first?.length, first?.[0]]).toEqual([100, { n: 1 }]);
      const open = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = ${REPORTS_APPLICATION_NAME} AND state = 'active'`;
      expect(open[0]!.n).toBe(1);
      await rows.return(undefined);
      expect(pool.totalCount).toBe(0);
      const again = streamRows<{ n: number }>(pool, Prisma.sql`SELECT 42 AS n`);
      expect((await again.next()).value).toEqual([{ n: 42 }]);
      await again.return(undefined);
    } finally {
      await pool.end();
    }
  });
});
