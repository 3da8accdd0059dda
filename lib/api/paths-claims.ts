import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { ZFinalVerdict as ZFinalVerdictInput } from "@/lib/adjudication/schemas";
import { ZAssignment } from "@/lib/assignments/assignments";
import { ZCreateClaim, ZListClaims, ZUpdateClaim } from "@/lib/claims/schemas";
import { ZAddComment, ZEditComment } from "@/lib/comments/schemas";
import { ZIdParams } from "@/lib/server/api-schemas";
import { ZSaveVerdict } from "@/lib/verdicts/schemas";
import { body, errors, json, noContent, page, v1 } from "./common";
import { ZAssignmentResult } from "./response-schemas-desk";
import { ZClaim, ZClaimVerdicts, ZComment, ZFinalVerdict, ZVerdict } from "./response-schemas";

// Claims and everything hanging off one: verdicts, comments, assignments, the final verdict.
// Request bodies are the use cases' own schemas minus the id the route takes from the path.

// ZSaveVerdict carries a refinement (rationale required unless corroborated), which zod's omit
// refuses; the rule is stated in the description instead, and the server still enforces it.
const { claimId: _claimId, ...saveVerdictShape } = ZSaveVerdict.shape;
void _claimId;
const ZSaveVerdictBody = z
  .object(saveVerdictShape)
  .describe("A rationale is required for CONTESTED and CONTRADICTED. Send the version you started from as baseVersion to be told (409) when it changed meanwhile.");

const path = { path: ZIdParams };

export const claimPaths: ZodOpenApiPathsObject = {
  "/api/v1/claims": {
    get: v1({
      tags: ["Claims"],
      summary: "List claims of an investigation or a source",
      requestParams: { query: ZListClaims },
      responses: { "200": json(page(ZClaim), "A page of claims, oldest first"), ...errors([400], { 400: "Neither investigationId nor sourceId, or a bad cursor" }) },
    }),
    post: v1(
      {
        tags: ["Claims"],
        summary: "Pin a claim to the exact words of a source",
        description: "Offsets count Unicode code points in the source's clean text; a selector whose `exact` is not at start–end is a 400.",
        requestBody: body(ZCreateClaim),
        responses: { "201": json(ZClaim, "The claim"), ...errors([400, 403, 404]) },
      },
      { jsonBody: true },
    ),
  },
  "/api/v1/claims/{id}": {
    get: v1({ tags: ["Claims"], summary: "Read a claim", requestParams: path, responses: { "200": json(ZClaim, "The claim"), ...errors([404]) } }),
    patch: v1(
      {
        tags: ["Claims"],
        summary: "Reword a claim (editors)",
        requestParams: path,
        requestBody: body(ZUpdateClaim.omit({ claimId: true })),
        responses: { "200": json(ZClaim, "The claim"), ...errors([400, 403, 404]) },
      },
      { jsonBody: true },
    ),
    delete: v1({ tags: ["Claims"], summary: "Delete a claim (editors)", requestParams: path, responses: { "204": noContent, ...errors([403, 404]) } }),
  },
  "/api/v1/claims/{id}/verdicts": {
    get: v1({
      tags: ["Verdicts"],
      summary: "A claim's verdicts, honouring blind review",
      requestParams: path,
      responses: { "200": json(ZClaimVerdicts, "Yours, and the others' once you may see them"), ...errors([404]) },
    }),
  },
  "/api/v1/claims/{id}/verdicts/me": {
    put: v1(
      {
        tags: ["Verdicts"],
        summary: "Save your verdict on a claim",
        requestParams: path,
        requestBody: body(ZSaveVerdictBody),
        responses: {
          "200": json(ZVerdict, "Your verdict as saved"),
          ...errors([400, 404, 409], { 409: "STALE: it changed since baseVersion (`details.current` is the newer verdict), or SETTLED: a final verdict locks it" }),
        },
      },
      { jsonBody: true },
    ),
  },
  "/api/v1/claims/{id}/comments": {
    get: v1({ tags: ["Comments"], summary: "A claim's comments, threaded one level", requestParams: path, responses: { "200": json(page(ZComment), "Top-level comments with replies") } }),
    post: v1(
      {
        tags: ["Comments"],
        summary: "Comment on a claim, or reply with parentId",
        requestParams: path,
        requestBody: body(ZAddComment.omit({ claimId: true })),
        responses: { "201": json(ZComment, "The comment"), ...errors([400, 404]) },
      },
      { jsonBody: true },
    ),
  },
  "/api/v1/comments/{id}": {
    patch: v1(
      {
        tags: ["Comments"],
        summary: "Edit your comment",
        requestParams: path,
        requestBody: body(ZEditComment.omit({ commentId: true })),
        responses: { "200": json(ZComment, "The comment"), ...errors([400, 403, 404]) },
      },
      { jsonBody: true },
    ),
    delete: v1({ tags: ["Comments"], summary: "Delete your comment (its replies stay)", requestParams: path, responses: { "204": noContent, ...errors([403, 404]) } }),
  },
  "/api/v1/claims/{id}/assignments": {
    post: v1(
      {
        tags: ["Assignments"],
        summary: "Assign a claim to a reviewer (editors)",
        requestParams: path,
        requestBody: body(ZAssignment.omit({ claimId: true })),
        responses: { "200": json(ZAssignmentResult, "Assigned (again is harmless)"), ...errors([400, 403, 404]) },
      },
      { jsonBody: true },
    ),
    delete: v1({
      tags: ["Assignments"],
      summary: "Unassign a reviewer (editors)",
      requestParams: { ...path, query: ZAssignment.pick({ assigneeId: true }) },
      responses: { "200": json(ZAssignmentResult, "Unassigned"), ...errors([400, 403, 404]) },
    }),
  },
  "/api/v1/claims/{id}/final-verdict": {
    post: v1(
      {
        tags: ["Final verdicts"],
        summary: "Publish or correct the final verdict (editors)",
        description: "Locks reviewers' verdicts. Changing a published verdict needs a correctionNote and appears in the public corrections log.",
        requestParams: path,
        requestBody: body(ZFinalVerdictInput.omit({ claimId: true })),
        responses: { "201": json(ZFinalVerdict, "The published verdict"), ...errors([400, 403, 404], { 400: "Invalid input, or a correction without correctionNote" }) },
      },
      { jsonBody: true },
    ),
  },
};
