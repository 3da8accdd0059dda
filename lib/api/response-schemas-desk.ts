import { z } from "zod";
import { ZLabel } from "./response-schemas";

// Responses of the desk-wide routes: queue, assignments, dashboard, corrections, tokens, health.
// Checked against their DTO types in lib/api/openapi.test.ts, like response-schemas.ts.

const id = z.string().describe("cuid");
const at = z.iso.datetime().describe("ISO 8601, UTC");
const counts = z.object({ CORROBORATED: z.number().int(), CONTESTED: z.number().int(), CONTRADICTED: z.number().int() });

export const ZQueueItem = z
  .object({ claimId: id, text: z.string(), sourceId: id, sourceTitle: z.string(), assigned: z.boolean().describe("Assigned to you, rather than merely without your verdict"), createdAt: at })
  .meta({ id: "QueueItem" });

export const ZAssignmentResult = z
  .object({ claimId: id, assigneeId: id, assigned: z.boolean().describe("true after POST, false after DELETE") })
  .meta({ id: "Assignment" });

export const ZCorrection = z
  .object({
    id,
    claimId: id,
    claimText: z.string(),
    sourceTitle: z.string(),
    from: z.string().describe("The label before"),
    to: z.string().describe("The label after"),
    note: z.string().describe("The editor's correction note"),
    editor: z.string().nullable(),
    at,
  })
  .meta({ id: "Correction" });

export const ZDashboardRow = z
  .object({
    claimId: id,
    text: z.string(),
    sourceId: id,
    sourceTitle: z.string(),
    languages: z.array(z.string()),
    counts,
    reviewers: z.number().int(),
    consensus: z.enum(["CORROBORATED", "CONTESTED", "CONTRADICTED", "SPLIT"]).nullable().describe("Strict majority, SPLIT without one, null without verdicts"),
    disputed: z.boolean().describe("Both corroborated and contradicted, or no majority"),
    agreement: z.number().nullable().describe("Share of agreeing reviewer pairs, 0–1"),
    finalVerdict: ZLabel.nullable(),
    evidence: z.object({ supports: z.number().int(), refutes: z.number().int() }),
    lastActivityAt: at,
  })
  .meta({ id: "DashboardRow" });

export const ZDashboardSummary = z
  .object({
    claims: z.number().int(),
    totals: counts,
    finalTotals: counts,
    disputed: z.number().int(),
    needsReview: z.number().int(),
    alpha: z.number().nullable().describe("Krippendorff's alpha (nominal)"),
    kappa: z.object({
      value: z.number().nullable().describe("Fleiss' kappa"),
      reason: z.enum(["UNEQUAL_RATERS", "TOO_FEW_RATERS", "NO_VARIATION", "NO_UNITS"]).nullable().describe("Why value is null"),
    }),
    perSource: z.array(z.object({ sourceId: id, claims: z.number().int(), counts, alpha: z.number().nullable() })),
    asOf: at.describe("When these figures were computed (the summary is kept while nothing in the investigation changes)"),
    stale: z.boolean().describe("true when changes have been announced since asOf: newer figures are being computed; ask again in a second"),
  })
  .meta({ id: "DashboardSummary" });

export const ZDashboard = z
  .object({
    summary: ZDashboardSummary,
    rows: z.array(ZDashboardRow),
    nextCursor: z.string().nullable(),
    readOnly: z.boolean().describe("true for reviewers, and for anyone blind review limits"),
  })
  .meta({ id: "Dashboard" });

export const ZApiToken = z
  .object({ id, name: z.string(), prefix: z.string().describe("The token's first characters, to tell tokens apart"), createdAt: at, lastUsedAt: at.nullable() })
  .meta({ id: "ApiToken" });

export const ZCreatedToken = ZApiToken.extend({ token: z.string().describe("The token itself: shown only in this response") }).meta({ id: "CreatedApiToken" });

export const ZHealth = z.object({ status: z.enum(["ok", "degraded"]), database: z.enum(["ok", "unreachable"]) }).meta({ id: "Health" });
