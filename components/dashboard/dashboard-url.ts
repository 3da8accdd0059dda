import type { TDashboardQuery } from "@/lib/dashboard/schemas";

const KEYS = ["investigationId", "sourceId", "language", "consensus", "finalVerdict", "disputed", "needsReview", "assigneeId", "q", "sort", "dir"] as const;

/** The dashboard view as a URL: filters and sort survive reloads, live refreshes and sharing. */
export function dashboardHref(query: TDashboardQuery, changes: Partial<Record<(typeof KEYS)[number] | "cursor", string | undefined>> = {}): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = key in changes ? changes[key] : query[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  if (changes.cursor) params.set("cursor", changes.cursor);
  return `/dashboard?${params.toString()}`;
}
