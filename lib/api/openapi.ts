import { createDocument } from "zod-openapi";
import { SECURITY_SCHEMES } from "./common";
import { accountPaths } from "./paths-accounts";
import { claimPaths } from "./paths-claims";
import { deskPaths } from "./paths-desk";
import { matchingPaths } from "./paths-matching";
import { searchPaths } from "./paths-search";
import { sourcePaths } from "./paths-sources";

// The API's OpenAPI 3.1 document, generated from the zod schemas the routes and use cases validate
// with, so what is documented is what is enforced. lib/api/openapi.test.ts fails when a route file
// under app/api has no entry here.

export type TOpenApiDocument = ReturnType<typeof createDocument>;

export const TAGS: { name: string; description: string }[] = [
  { name: "Me", description: "The caller and their queue" },
  { name: "Sources", description: "Investigations, their sources, and importing new ones" },
  { name: "Claims", description: "Claims pinned to the exact words of a source" },
  { name: "Verdicts", description: "Reviewers' verdicts, with evidence from other sources" },
  { name: "Comments", description: "Discussion on a claim, one level of replies" },
  { name: "Assignments", description: "Editors hand claims to reviewers" },
  { name: "Final verdicts", description: "Editors' published verdicts and the public corrections log" },
  { name: "Matching", description: "Passages and claims across sources, scripts and languages; claim clusters" },
  { name: "Dashboard", description: "Aggregated verdicts and agreement" },
  { name: "Search", description: "One search over sources, claims, rationales and comments, across scripts; the entity alias table behind it" },
  { name: "Reports", description: "Exports: CSV, JSON, ClaimReview, PDF" },
  { name: "Tokens", description: "Personal API tokens for scripts" },
  { name: "Accounts", description: "Admins manage members and invitations" },
  { name: "System", description: "Live updates, health and this document" },
];

let cached: TOpenApiDocument | undefined;

/** Built once per process: the schemas do not change while it runs. */
export function openApiDocument(): TOpenApiDocument {
  cached ??= createDocument({
    openapi: "3.1.0",
    info: {
      title: "Factdesk API",
      version: "1.0.0",
      description:
        "JSON in and out. Authenticate with the browser session cookie or a personal API token (`Authorization: Bearer …`). Errors are `{ \"error\": { \"code\", \"message\", \"details\"? } }`; lists are `{ \"items\", \"nextCursor\" }`.",
    },
    servers: [{ url: "/", description: "This desk" }],
    tags: TAGS,
    security: [{ session: [] }, { bearer: [] }],
    paths: { ...sourcePaths, ...claimPaths, ...matchingPaths, ...deskPaths, ...searchPaths, ...accountPaths },
    components: { securitySchemes: SECURITY_SCHEMES },
  });
  return cached;
}
