import { z } from "zod";

// The JSON report's shape, written once: the types the row builders produce are inferred from it,
// and the JSON Schema published at REPORT_SCHEMA_PATH is generated from it, so documentation,
// code and the tests' validator (ajv) cannot drift apart.

export const REPORT_SCHEMA_PATH = "/methodology/report.schema.json";

const ZLabel = z.enum(["CORROBORATED", "CONTESTED", "CONTRADICTED"]);
const ZInstant = z.string().describe("ISO 8601 instant in UTC, e.g. 2025-02-18T10:00:00.000Z");

export const ZReportSource = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable().describe("YYYY-MM-DD when the source gives only a date, else an ISO 8601 instant; null when undated"),
  languages: z.array(z.string()).describe("BCP 47 tags present in the text: zh-Hant, zh-Hans, en"),
});

export const ZReportEvidence = z.object({
  id: z.string(),
  sourceId: z.string(),
  sourceTitle: z.string(),
  stance: z.enum(["SUPPORTS", "REFUTES"]),
  exact: z.string().describe("The cited passage, word for word"),
  start: z.number().int().nullable().describe("Offset in Unicode code points into the source's clean text; null when re-anchoring lost the passage"),
  end: z.number().int().nullable(),
  note: z.string(),
  createdAt: ZInstant,
});

export const ZReportVerdict = z.object({
  id: z.string(),
  reviewer: z.object({ id: z.string(), name: z.string() }),
  label: ZLabel,
  rationale: z.string(),
  version: z.number().int().positive().describe("How many times the reviewer saved this verdict"),
  createdAt: ZInstant,
  updatedAt: ZInstant,
  evidence: z.array(ZReportEvidence),
});

export const ZReportFinalVerdict = z.object({
  label: ZLabel,
  rationale: z.string(),
  editor: z.string().nullable(),
  publishedAt: ZInstant.describe("When the current final verdict was published (the latest correction, if any)"),
  firstPublishedAt: ZInstant.describe("When the claim was first settled"),
  corrected: z.boolean().describe("true when the current final verdict corrects an earlier one (see /corrections)"),
});

export const ZReportClaim = z.object({
  id: z.string(),
  text: z.string(),
  quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string(), orphaned: z.boolean() }),
  source: ZReportSource,
  counts: z.object({ CORROBORATED: z.number().int(), CONTESTED: z.number().int(), CONTRADICTED: z.number().int() }),
  reviewers: z.number().int().describe("Reviewers who gave a verdict"),
  consensus: z.enum(["CORROBORATED", "CONTESTED", "CONTRADICTED", "SPLIT"]).nullable().describe("Strict majority label, SPLIT without one, null without verdicts"),
  disputed: z.boolean(),
  agreement: z.number().min(0).max(1).nullable().describe("Share of agreeing reviewer pairs; null with fewer than two verdicts"),
  finalVerdict: ZReportFinalVerdict.nullable(),
  evidence: z.object({ supports: z.number().int(), refutes: z.number().int() }),
  lastActivityAt: ZInstant,
  createdAt: ZInstant,
  verdicts: z.array(ZReportVerdict),
});

export const ZReport = z
  .object({
    $schema: z.string().describe("URL of this JSON Schema"),
    generatedAt: ZInstant,
    desk: z.object({ name: z.string(), url: z.string() }),
    investigation: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
    filters: z.record(z.string(), z.union([z.string(), z.boolean()])).describe("The dashboard filters the report was made with"),
    claims: z.array(ZReportClaim).describe("Ordered by claim id, which follows creation order"),
    claimCount: z.number().int(),
  })
  .describe("Factdesk verdict report: claims, each with its reviewers' verdicts and their evidence");

export type TReportSource = z.infer<typeof ZReportSource>;
export type TReportEvidence = z.infer<typeof ZReportEvidence>;
export type TReportVerdict = z.infer<typeof ZReportVerdict>;
export type TReportFinalVerdict = z.infer<typeof ZReportFinalVerdict>;
export type TReportClaim = z.infer<typeof ZReportClaim>;
export type TLabel = z.infer<typeof ZLabel>;

/** The published JSON Schema, in draft 2020-12 like the OpenAPI 3.1 document. */
export function reportJsonSchema(deskUrl: string): Record<string, unknown> {
  const schema = z.toJSONSchema(ZReport, { target: "draft-2020-12" }) as Record<string, unknown>;
  return { ...schema, $id: new URL(REPORT_SCHEMA_PATH, deskUrl).href, title: "Factdesk verdict report" };
}
