import { z } from "zod";

export const DASHBOARD_SORTS = ["activity", "reviewers", "agreement", "consensus", "final", "evidence", "created"] as const;
export type TDashboardSort = (typeof DASHBOARD_SORTS)[number];

const flag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");
const optionalId = z.string().trim().min(1).max(64).optional();

/** One schema for the dashboard URL, the API query and the export filters: a shared view is a URL. */
export const ZDashboardQuery = z.object({
  investigationId: z.string().trim().min(1, "investigationId is required").max(64),
  sourceId: optionalId,
  language: z.enum(["zh-Hant", "zh-Hans", "en"]).optional(),
  consensus: z.enum(["CORROBORATED", "CONTESTED", "CONTRADICTED", "SPLIT", "NONE"]).optional(),
  finalVerdict: z.enum(["CORROBORATED", "CONTESTED", "CONTRADICTED", "NONE"]).optional(),
  disputed: flag.optional(),
  needsReview: flag.optional(),
  assigneeId: optionalId,
  q: z.string().trim().max(200).optional(),
  sort: z.enum(DASHBOARD_SORTS).default("activity"),
  dir: z.enum(["asc", "desc"]).default("desc"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TDashboardQuery = z.infer<typeof ZDashboardQuery>;
