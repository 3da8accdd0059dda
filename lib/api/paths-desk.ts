import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from "zod-openapi";
import { ZDashboardQuery } from "@/lib/dashboard/schemas";
import { ZLiveEvent, ZLiveFilter } from "@/lib/events/types";
import { ZIdParams } from "@/lib/server/api-schemas";
import { ZCreateToken } from "@/lib/tokens/schemas";
import { body, errors, json, noContent, page, v1 } from "./common";
import { ZApiToken, ZCorrection, ZCreatedToken, ZDashboard, ZHealth } from "./response-schemas-desk";

// Desk-wide routes: dashboard, corrections, reports, tokens, and the unversioned system routes.

const sessionOnly = [{ session: [] }];
const ZReportParams = z.object({ investigationId: z.string().describe("The investigation to report on") });
// The dashboard's filters select the report's claims, so a shared dashboard view exports as the same claims.
const ZReportQuery = ZDashboardQuery.omit({ investigationId: true, cursor: true, limit: true });

const REPORTS: { suffix: string; summary: string; type: string; schema: z.ZodType }[] = [
  { suffix: ".csv", summary: "Claims with their aggregated verdicts, as CSV", type: "text/csv", schema: z.string() },
  { suffix: ".verdicts.csv", summary: "Every verdict, one row each, as CSV", type: "text/csv", schema: z.string() },
  { suffix: ".json", summary: "The full report as JSON (schema: /api/v1/schemas/report.json)", type: "application/json", schema: z.record(z.string(), z.unknown()) },
  { suffix: ".claimreview.jsonld", summary: "Published final verdicts as schema.org ClaimReview", type: "application/ld+json", schema: z.record(z.string(), z.unknown()) },
  { suffix: ".pdf", summary: "A printable PDF report", type: "application/pdf", schema: z.string().meta({ format: "binary" }) },
];

const report = ({ summary, type, schema }: (typeof REPORTS)[number]): ZodOpenApiOperationObject =>
  v1({
    tags: ["Reports"],
    summary,
    requestParams: { path: ZReportParams, query: ZReportQuery },
    responses: { "200": { description: "The report, streamed", content: { [type]: { schema } } }, ...errors([400, 403, 404]) },
  });

export const deskPaths: ZodOpenApiPathsObject = {
  "/api/v1/dashboard": {
    get: v1({
      tags: ["Dashboard"],
      summary: "One page of claims with aggregated verdicts, and the summary (α, κ) for the same filters",
      requestParams: { query: ZDashboardQuery },
      responses: { "200": json(ZDashboard, "Rows and summary"), ...errors([400, 404], { 400: "Invalid filter, or a cursor this server did not issue" }) },
    }),
  },
  "/api/v1/corrections": {
    get: v1({
      tags: ["Final verdicts"],
      summary: "The corrections log: every change to a published final verdict, newest first",
      requestParams: { query: z.object({ investigationId: z.string().optional().describe("Only this investigation") }) },
      responses: { "200": json(page(ZCorrection), "Up to 200 corrections") },
    }),
  },
  ...Object.fromEntries(REPORTS.map((r) => [`/api/v1/reports/{investigationId}${r.suffix}`, { get: report(r) }])),
  "/api/v1/schemas/report.json": {
    get: v1({
      tags: ["Reports"],
      summary: "The JSON Schema of the JSON report",
      responses: { "200": { description: "JSON Schema (draft 2020-12)", content: { "application/schema+json": { schema: z.record(z.string(), z.unknown()) } } } },
    }),
  },
  "/api/v1/tokens": {
    get: v1({ tags: ["Tokens"], summary: "Your active API tokens (never the token itself)", security: sessionOnly, responses: { "200": json(page(ZApiToken), "Your tokens") } }),
    post: v1(
      {
        tags: ["Tokens"],
        summary: "Create an API token (session only)",
        description: "The response is the only time the token is shown. A bearer token cannot create tokens (401).",
        security: sessionOnly,
        requestBody: body(ZCreateToken),
        responses: { "201": json(ZCreatedToken, "The new token"), ...errors([400, 429], { 429: "10 tokens per 15 minutes per member: wait for the time in Retry-After" }) },
      },
      { jsonBody: true },
    ),
  },
  "/api/v1/tokens/{id}": {
    delete: v1({
      tags: ["Tokens"],
      summary: "Revoke one of your tokens (session only)",
      security: sessionOnly,
      requestParams: { path: ZIdParams },
      responses: { "204": noContent, ...errors([404], { 404: "Not one of your active tokens" }) },
    }),
  },
  "/api/events": {
    get: v1({
      tags: ["System"],
      summary: "Live updates as Server-Sent Events",
      description: "Ids of what changed, never content: re-fetch through the API. `ready` once listening, `change` per matching event, `resync` after a reconnect (re-fetch everything).",
      requestParams: { query: ZLiveFilter },
      responses: { "200": { description: "An event stream", content: { "text/event-stream": { schema: ZLiveEvent } } }, ...errors([400]) },
    }),
  },
  "/api/health": {
    get: {
      tags: ["System"],
      summary: "Health: is the database reachable?",
      security: [],
      responses: { "200": json(ZHealth, "Healthy"), "503": json(ZHealth, "The database is unreachable") },
    },
  },
  "/api/openapi.json": {
    get: {
      tags: ["System"],
      summary: "This OpenAPI 3.1 document",
      security: [],
      responses: { "200": { description: "The document", content: { "application/json": { schema: z.record(z.string(), z.unknown()) } } } },
    },
  },
};
