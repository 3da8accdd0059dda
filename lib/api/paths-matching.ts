import type { ZodOpenApiPathsObject } from "zod-openapi";
import { ZLinkClaims, ZSimilarQuery } from "@/lib/clusters/schemas";
import { ZMatchQuery } from "@/lib/matching/schemas";
import { ZIdParams, ZInvestigationQuery } from "@/lib/server/api-schemas";
import { body, errors, json, noContent, page, v1 } from "./common";
import { ZCluster, ZClusterSummary, ZPassageMatch, ZSimilarClaim } from "./response-schemas-matching";

// Cross-source matching and claim clusters: across scripts (Traditional/Simplified), widths and
// transliterations through the entity alias table.

export const matchingPaths: ZodOpenApiPathsObject = {
  "/api/v1/claims/{id}/matches": {
    get: v1({
      tags: ["Matching"],
      summary: "Passages in other sources that speak to a claim",
      description: "Ranked best first. Offsets are code points into each source's clean text. `stance` is a suggestion for a person to confirm.",
      requestParams: { path: ZIdParams, query: ZMatchQuery },
      responses: { "200": json(page(ZPassageMatch), "Ranked passages (nextCursor is always null)"), ...errors([400, 404]) },
    }),
  },
  "/api/v1/claims/{id}/similar": {
    get: v1({
      tags: ["Matching"],
      summary: "Claims in other sources that state the same thing",
      requestParams: { path: ZIdParams, query: ZSimilarQuery },
      responses: { "200": json(page(ZSimilarClaim), "Ranked claims (nextCursor is always null)"), ...errors([400, 404]) },
    }),
  },
  "/api/v1/claims/{id}/cluster": {
    delete: v1({
      tags: ["Matching"],
      summary: "Take a claim out of its cluster",
      description: "A cluster left with one claim dissolves.",
      requestParams: { path: ZIdParams },
      responses: { "204": noContent, ...errors([403, 404, 409], { 409: "The claim is in no cluster" }) },
    }),
  },
  "/api/v1/clusters": {
    get: v1({
      tags: ["Matching"],
      summary: "An investigation's claim clusters",
      requestParams: { query: ZInvestigationQuery },
      responses: { "200": json(page(ZClusterSummary), "Clusters with their claims and summed verdict counts"), ...errors([400, 404]) },
    }),
    post: v1(
      {
        tags: ["Matching"],
        summary: "Link claims that state the same thing",
        description: "Claims already in clusters bring them along: the clusters merge into the oldest.",
        requestBody: body(ZLinkClaims),
        responses: { "201": json(ZCluster, "The cluster"), ...errors([400, 403, 404]) },
      },
      { jsonBody: true },
    ),
  },
};
