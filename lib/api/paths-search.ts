import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { ALIAS_LANGS, ENTITY_KINDS, ZEntityBody, ZEntityUpdate } from "@/lib/entities/schemas";
import { SEARCH_KINDS, ZSearchQuery } from "@/lib/search/schemas";
import { ZIdParams } from "@/lib/server/api-schemas";
import { body, errors, json, noContent, page, v1 } from "./common";

// Search across sources, claims, rationales and comments, and the entity alias table that widens it.
// Response schemas are checked against the DTO types in lib/api/openapi.test.ts.

const id = z.string().describe("cuid");
const range = z.object({ start: z.number().int(), end: z.number().int() }).describe("Code points, end exclusive");

export const ZSearchHit = z
  .object({
    kind: z.enum(SEARCH_KINDS),
    id: id.describe("The passage, claim, verdict or comment"),
    investigationId: id,
    sourceId: id,
    claimId: id.nullable().describe("The claim a claim, rationale or comment belongs to; null for passages"),
    title: z.string().describe("The source's title for passages, the claim's text otherwise"),
    snippet: z.string().describe("At most 160 code points around the first match, … where cut"),
    highlights: z.array(range).describe("Matched text within the snippet, every spelling"),
    score: z.number().describe("Higher first: length of the matched spellings, then trigram similarity"),
    position: range.nullable().describe("A passage's place in its source's clean text; null for other kinds"),
  })
  .meta({ id: "SearchHit" });

export const ZSearchResult = z
  .object({
    query: z.string(),
    terms: z.array(z.object({ term: z.string().describe("As typed"), forms: z.array(z.string()).describe("Every spelling searched for it, the typed one first") })),
    hits: z.array(ZSearchHit).describe("Best first; at most `limit` of each kind, at most three passages per source"),
  })
  .meta({ id: "SearchResult" });

export const ZEntity = z
  .object({
    id,
    key: z.string(),
    kind: z.enum(ENTITY_KINDS),
    names: z.array(z.object({ text: z.string(), lang: z.enum(ALIAS_LANGS) })),
    updatedAt: z.iso.datetime().describe("ISO 8601, UTC"),
  })
  .meta({ id: "Entity" });

const editors = "Editors and admins (403 for reviewers). A name that normalizes like another entity's (北約 / 北约 / ＮＡＴＯ) is a 409 naming that entity; `details.fields` points at the name.";

export const searchPaths: ZodOpenApiPathsObject = {
  "/api/v1/search": {
    get: v1({
      tags: ["Search"],
      summary: "Search passages of sources, claims, verdict rationales and comments",
      description:
        "Every word must occur. Traditional and Simplified characters, full- and half-width forms and letter case match each other, and a word naming an entity of the alias table also matches its other names (泽连斯基 finds 澤倫斯基 and Zelensky; NATO finds 北約). Under blind review a reviewer does not find other reviewers' rationales on a claim before giving their own verdict.",
      requestParams: { query: ZSearchQuery },
      responses: { "200": json(ZSearchResult, "Hits, best first"), ...errors([400, 404], { 400: "Empty or over-long q, bad limit or kinds", 404: "No such investigation" }) },
    }),
  },
  "/api/v1/entities": {
    get: v1({ tags: ["Search"], summary: "The entity alias table: people, places, organizations and their spellings", responses: { "200": json(page(ZEntity), "Every entity, by key") } }),
    post: v1(
      { tags: ["Search"], summary: "Add an entity with its spellings (editors)", description: editors, requestBody: body(ZEntityBody), responses: { "201": json(ZEntity, "The entity"), ...errors([400, 403, 409]) } },
      { jsonBody: true },
    ),
  },
  "/api/v1/entities/{id}": {
    put: v1(
      {
        tags: ["Search"],
        summary: "Replace an entity's names (and optionally key and kind) (editors)",
        description: `${editors} The names sent are the whole new list.`,
        requestParams: { path: ZIdParams },
        requestBody: body(ZEntityUpdate),
        responses: { "200": json(ZEntity, "The entity"), ...errors([400, 403, 404, 409]) },
      },
      { jsonBody: true },
    ),
    delete: v1({ tags: ["Search"], summary: "Delete an entity (editors)", requestParams: { path: ZIdParams }, responses: { "204": noContent, ...errors([403, 404]) } }),
  },
};
