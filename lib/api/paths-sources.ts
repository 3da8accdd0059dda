import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { ZIdParams, ZInvestigationQuery } from "@/lib/server/api-schemas";
import { ZImportResult, ZImportText } from "@/lib/sources/import-schemas";
import { ZSuggestionsQuery } from "@/lib/suggestions/schemas";
import { body, errors, json, page, v1 } from "./common";
import { ZQueueItem } from "./response-schemas-desk";
import { ZActor, ZInvestigation, ZSourceDetail, ZSourceSummary, ZSuggestions } from "./response-schemas";

// The caller, investigations and sources, including both ways of importing a source.

const imported = (what: string) => ({
  "201": json(ZImportResult, `${what} imported: a new source`),
  "200": json(ZImportResult, 'An exact duplicate of a source already in the investigation: status "unchanged", nothing written'),
});
const importRefusals = {
  403: "Reviewers cannot import sources",
  404: "No such investigation",
  422: "Refused content: empty or whitespace only, binary, not UTF-8, unsupported type or no readable text (`details.reason`)",
};

export const sourcePaths: ZodOpenApiPathsObject = {
  "/api/v1/me": {
    get: v1({ tags: ["Me"], summary: "Who you are", responses: { "200": json(ZActor, "The caller") } }),
  },
  "/api/v1/me/queue": {
    get: v1({
      tags: ["Me"],
      summary: "My queue: claims assigned to you or without your verdict, oldest first",
      requestParams: { query: z.object({ investigationId: z.string().optional().describe("Only this investigation") }) },
      responses: { "200": json(page(ZQueueItem), "Up to 100 claims") },
    }),
  },
  "/api/v1/investigations": {
    get: v1({ tags: ["Sources"], summary: "List investigations", responses: { "200": json(page(ZInvestigation), "Every investigation, oldest first") } }),
  },
  "/api/v1/sources": {
    get: v1({
      tags: ["Sources"],
      summary: "List an investigation's sources",
      requestParams: { query: ZInvestigationQuery },
      responses: { "200": json(page(ZSourceSummary), "Its sources, by publication date"), ...errors([400, 404]) },
    }),
    post: v1(
      {
        tags: ["Sources"],
        summary: "Import pasted text as a source (editors)",
        description:
          "Runs the same import pipeline as an uploaded .txt file named after the title; the metadata given here outranks what would be inferred from the text. The body may be up to 6 MB; the text itself at most 5 MB as UTF-8.",
        requestBody: body(ZImportText),
        responses: { ...imported("Text"), ...errors([400, 403, 404, 413, 422], { ...importRefusals, 413: "The text is over 5 MB as UTF-8 (or the body over 6 MB)" }) },
      },
      { jsonBody: true },
    ),
  },
  "/api/v1/sources/{id}": {
    get: v1({
      tags: ["Sources"],
      summary: "Read a source: metadata, clean text and claims",
      requestParams: { path: ZIdParams },
      responses: { "200": json(ZSourceDetail, "The source"), ...errors([404]) },
    }),
  },
  "/api/v1/sources/{id}/suggestions": {
    get: v1({
      tags: ["Sources"],
      summary: "Suggested claims: the source's most check-worthy sentences that no claim covers yet",
      description:
        "Each sentence is scored from transparent features (figures, dates, quantities, named people and offices with a reporting verb, negation, comparison), down-weighted for questions, fragments, page furniture and run-ons; the score is the sum of the reasons' weights, clamped to 0–1. Sentences below 0.3, repeats, and sentences a claim already overlaps are left out. `start`/`end` are code points in the clean text: send them with the sentence as the selector of POST /api/v1/claims.",
      requestParams: { path: ZIdParams, query: ZSuggestionsQuery },
      responses: { "200": json(ZSuggestions, "Best first"), ...errors([400, 404], { 400: "limit is not a whole number from 1 to 50" }) },
    }),
  },
  "/api/v1/investigations/{id}/files": {
    post: v1({
      tags: ["Sources"],
      summary: "Import one uploaded file (editors)",
      description: "multipart/form-data with exactly one file in the field `file`: .txt, .md (YAML front matter is read) or .html, at most 5 MB. One file per request, so each gets its own result.",
      requestParams: { path: ZIdParams },
      requestBody: body(z.object({ file: z.string().meta({ format: "binary", description: "The file" }) }), "multipart/form-data"),
      responses: { ...imported("File"), ...errors([400, 403, 404, 413, 422], { ...importRefusals, 400: "Not multipart/form-data, or not exactly one file", 413: "The file is over 5 MB; the message names it" }) },
    }),
  },
};
