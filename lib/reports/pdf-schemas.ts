import { z } from "zod";
import { DASHBOARD_SORTS, ZDashboardQuery } from "@/lib/dashboard/schemas";

/**
 * The dashboard's filters (one schema: a shared dashboard view prints as the same claims). Paging
 * is the report's own business, so cursor and limit are dropped; unknown keys (e.g. a whole query
 * string) are ignored. Without a sort the report lists claims oldest first, which reads better on
 * paper than the dashboard's default of last activity; a sort without a direction is descending,
 * as on the dashboard.
 */
export const ZReportFilters = ZDashboardQuery.omit({ investigationId: true, cursor: true, limit: true, sort: true, dir: true })
  .extend({ sort: z.enum(DASHBOARD_SORTS).optional(), dir: z.enum(["asc", "desc"]).optional() })
  .transform(({ sort, dir, ...filters }) => ({ ...filters, sort: sort ?? "created", dir: dir ?? (sort ? "desc" : "asc") }));
export type TReportFilters = z.infer<typeof ZReportFilters>;

export const ZPdfReportInput = z.object({
  investigationId: z.string().trim().min(1, "investigationId is required").max(64),
  query: ZReportFilters.prefault({}),
});
export type TPdfReportInput = z.input<typeof ZPdfReportInput>;
