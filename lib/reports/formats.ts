// The export formats and how a report's file name maps to one: GET /api/v1/reports/<id>.<ext>.

export const REPORT_FORMATS = {
  claimsCsv: { suffix: ".csv", contentType: "text/csv; charset=utf-8; header=present", label: "claims" },
  verdictsCsv: { suffix: ".verdicts.csv", contentType: "text/csv; charset=utf-8; header=present", label: "verdicts" },
  json: { suffix: ".json", contentType: "application/json; charset=utf-8", label: "report" },
  claimReview: { suffix: ".claimreview.jsonld", contentType: "application/ld+json; charset=utf-8", label: "claimreview" },
  pdf: { suffix: ".pdf", contentType: "application/pdf", label: "report" },
} as const;

export type TReportFormat = keyof typeof REPORT_FORMATS;

// Longest suffix first: "x.verdicts.csv" is the verdict CSV, not the claims CSV of "x.verdicts".
const BY_SUFFIX = (Object.keys(REPORT_FORMATS) as TReportFormat[]).sort((a, b) => REPORT_FORMATS[b].suffix.length - REPORT_FORMATS[a].suffix.length);

/** "<investigationId><suffix>" → its parts, or null for a name no format ends with. */
export function parseReportFile(file: string): { investigationId: string; format: TReportFormat } | null {
  const format = BY_SUFFIX.find((f) => file.endsWith(REPORT_FORMATS[f].suffix));
  if (!format) return null;
  const investigationId = file.slice(0, -REPORT_FORMATS[format].suffix.length);
  return investigationId ? { investigationId, format } : null;
}

/** The path of an export, with the dashboard's query string when there is one. */
export function reportPath(investigationId: string, format: TReportFormat, search = ""): string {
  const query = search.replace(/^\?/, "");
  return `/api/v1/reports/${encodeURIComponent(investigationId)}${REPORT_FORMATS[format].suffix}${query ? `?${query}` : ""}`;
}

/** e.g. factdesk-us-russia-ukraine-2025-02-claims-2026-11-23.csv: ASCII, safe in any header. */
export function reportFileName(slug: string, format: TReportFormat, now: Date): string {
  const safe = slug.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 80) || "investigation";
  const ext = REPORT_FORMATS[format].suffix.split(".").at(-1);
  return `factdesk-${safe}-${REPORT_FORMATS[format].label}-${now.toISOString().slice(0, 10)}.${ext}`;
}
