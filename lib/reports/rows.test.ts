import { describe, expect, it } from "vitest";
import type { TReportClaim, TReportSource, TReportVerdict } from "./report-schema";
import { appearances, claimReview, claimRow, CLAIM_COLUMNS, evidenceLine, formatAgreement, reviewerSplit, VERDICT_COLUMNS, verdictRow } from "./rows";

const own: TReportSource = { id: "s1", title: "新華社", publisher: "Xinhua", url: "https://example.cn/a", publishedAt: "2025-02-19", languages: ["zh-Hans"] };
const earlier: TReportSource = { id: "s2", title: "Wire", publisher: null, url: "https://wire.example/b", publishedAt: "2025-02-18T08:30:00.000Z", languages: ["en"] };
const undated: TReportSource = { id: "s3", title: "Blog", publisher: null, url: null, publishedAt: null, languages: ["en"] };
const sources = new Map([own, earlier, undated].map((s) => [s.id, s]));

const verdict = (id: string, name: string, label: TReportVerdict["label"], evidence: TReportVerdict["evidence"] = []): TReportVerdict => ({
  id, reviewer: { id: `u-${id}`, name }, label, rationale: `Rationale ${id}`, version: 1, createdAt: "2025-03-01T00:00:00.000Z", updatedAt: "2025-03-02T00:00:00.000Z", evidence,
});
const passage = (sourceId: string, stance: "SUPPORTS" | "REFUTES", exact: string, note = "") => ({ id: `e-${sourceId}-${stance}`, sourceId, sourceTitle: sources.get(sourceId)?.title ?? "", stance, exact, start: 0, end: exact.length, note, createdAt: "2025-03-01T00:00:00.000Z" });

const claim: TReportClaim = {
  id: "c1",
  text: "會談持續了四個小時",
  quote: { exact: "四個小時", prefix: "持續了", suffix: "。", orphaned: false },
  source: own,
  counts: { CORROBORATED: 1, CONTESTED: 0, CONTRADICTED: 3 },
  reviewers: 4,
  consensus: "CONTRADICTED",
  disputed: true,
  agreement: 0.5,
  finalVerdict: { label: "CONTRADICTED", rationale: "Two hours, per the wire.", editor: "Elena", publishedAt: "2025-03-05T00:00:00.000Z", firstPublishedAt: "2025-03-04T00:00:00.000Z", corrected: true },
  evidence: { supports: 2, refutes: 1 },
  lastActivityAt: "2025-03-05T00:00:00.000Z",
  createdAt: "2025-02-20T00:00:00.000Z",
  verdicts: [
    verdict("v1", "Li Wei", "CORROBORATED", [passage("s2", "SUPPORTS", "four hours"), passage("s3", "SUPPORTS", "4h")]),
    verdict("v2", "Chen Mei", "CONTRADICTED", [passage("s2", "REFUTES", "two hours", "wire, 2nd edition")]),
    verdict("v3", "Sam", "CONTRADICTED"),
    verdict("v4", "Ann", "CONTRADICTED"),
  ],
};

describe("CSV rows", () => {
  it("lays out a claim row in the column order, with empty cells for missing values", () => {
    const row = claimRow(claim);
    expect(row).toHaveLength(CLAIM_COLUMNS.length);
    expect(Object.fromEntries(CLAIM_COLUMNS.map((c, i) => [c, row[i]]))).toEqual({
      claim_id: "c1", claim_text: "會談持續了四個小時", source_title: "新華社", source_publisher: "Xinhua", source_url: "https://example.cn/a",
      source_date: "2025-02-19", quote: "四個小時", corroborated: 1, contested: 0, contradicted: 3, consensus: "CONTRADICTED", agreement: "0.5",
      final_verdict: "CONTRADICTED", final_rationale: "Two hours, per the wire.", evidence_for: 2, evidence_against: 1, reviewers: 4,
      reviewer_names: "Li Wei; Chen Mei; Sam; Ann", last_change: "2025-03-05T00:00:00.000Z",
    });
    const bare = claimRow({ ...claim, source: undated, consensus: null, agreement: null, finalVerdict: null, verdicts: [] });
    expect([bare[3], bare[4], bare[5], bare[10], bare[11], bare[12], bare[13], bare[17]]).toEqual(["", "", "", "", "", "", "", ""]);
  });

  it("lays out a verdict row with its passages one per line", () => {
    const row = verdictRow("c1", claim.verdicts[1]!);
    expect(row).toHaveLength(VERDICT_COLUMNS.length);
    expect(row).toEqual(["c1", "v2", "Chen Mei", "CONTRADICTED", "Rationale v2", 1, 'REFUTES · Wire: "two hours" (wire, 2nd edition)', "2025-03-01T00:00:00.000Z", "2025-03-02T00:00:00.000Z"]);
    expect(verdictRow("c1", claim.verdicts[0]!)[6]).toBe('SUPPORTS · Wire: "four hours"\nSUPPORTS · Blog: "4h"');
    expect(evidenceLine(passage("s1", "SUPPORTS", "x"))).toBe('SUPPORTS · 新華社: "x"');
  });

  it("formats agreement to four decimals without padding", () => {
    expect([formatAgreement(1), formatAgreement(1 / 3), formatAgreement(0), formatAgreement(null)]).toEqual(["1", "0.3333", "0", ""]);
  });
});

describe("ClaimReview", () => {
  it("states how the reviewers split on the final label", () => {
    expect(reviewerSplit(claim.counts, "CONTRADICTED")).toBe("3 of 4 reviewers: contradicted (1 corroborated).");
    expect(reviewerSplit({ CORROBORATED: 2, CONTESTED: 0, CONTRADICTED: 0 }, "CORROBORATED")).toBe("2 of 2 reviewers: corroborated.");
    expect(reviewerSplit({ CORROBORATED: 1, CONTESTED: 1, CONTRADICTED: 0 }, "CONTRADICTED")).toBe("0 of 2 reviewers: contradicted (1 corroborated, 1 contested).");
    expect(reviewerSplit({ CORROBORATED: 0, CONTESTED: 1, CONTRADICTED: 0 }, "CONTESTED")).toBe("1 of 1 reviewer: contested.");
    expect(reviewerSplit({ CORROBORATED: 0, CONTESTED: 0, CONTRADICTED: 0 }, "CONTESTED")).toMatch(/No reviewer/);
  });

  it("lists the claim's own source and the supporting ones, earliest dated first, undated last", () => {
    expect(appearances(claim, sources).map((s) => s.id)).toEqual(["s2", "s1", "s3"]);
    // Refuting evidence is not an appearance of the claim.
    const refutedOnly = { ...claim, verdicts: [claim.verdicts[1]!] };
    expect(appearances(refutedOnly, sources).map((s) => s.id)).toEqual(["s1"]);
  });

  it("builds the required and recommended fields", () => {
    const review = claimReview(claim, { name: "Factdesk", url: "https://desk.example/" }, sources)!;
    expect(review).toMatchObject({
      "@type": "ClaimReview",
      url: "https://desk.example/claims/c1",
      claimReviewed: "會談持續了四個小時",
      author: { "@type": "Organization", name: "Factdesk", url: "https://desk.example/" },
      datePublished: "2025-03-04T00:00:00.000Z",
      dateModified: "2025-03-05T00:00:00.000Z",
      reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 3, worstRating: 1, alternateName: "Contradicted" },
      itemReviewed: { "@type": "Claim", author: { "@type": "Organization", name: "Xinhua" }, datePublished: "2025-02-19" },
    });
    expect(review.reviewBody).toBe("Two hours, per the wire.\n\n3 of 4 reviewers: contradicted (1 corroborated).");
    expect(review.itemReviewed.appearance.map((a) => a.headline)).toEqual(["Wire", "新華社", "Blog"]);
    expect(review.itemReviewed.firstAppearance).toEqual({ "@type": "CreativeWork", headline: "Wire", url: "https://wire.example/b", datePublished: "2025-02-18T08:30:00.000Z" });
  });

  it("is null without a published final verdict, and has no dateModified before a correction", () => {
    expect(claimReview({ ...claim, finalVerdict: null }, { name: "D", url: "http://x" }, sources)).toBeNull();
    const first = claimReview({ ...claim, finalVerdict: { ...claim.finalVerdict!, corrected: false } }, { name: "D", url: "http://x" }, sources)!;
    expect(first).not.toHaveProperty("dateModified");
  });
});
