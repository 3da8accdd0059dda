// The PDF report's words and number formats, kept together so they can move to the next-intl
// catalogues when the report is translated. Pure: unit-tested in pdf-text.test.ts.
import { alphaBand, type TLabel } from "@/lib/dashboard/aggregate";
import type { TKappa } from "@/lib/dashboard/summary";

export const REPORT_TEXT = {
  kicker: "Factdesk verdict report",
  generated: (at: string, by: string) => `Generated ${at} by ${by}`,
  filters: "Filters",
  noFilters: "All claims of the investigation",
  overview: "Overview",
  reviewerVerdicts: "Reviewers' verdicts",
  allVerdicts: (n: number) => `${formatCount(n)} in all`,
  finalVerdicts: "Final verdicts",
  notSettled: "Not yet settled",
  disputed: "Disputed",
  needsReview: "Fewer verdicts than required",
  agreement: "Agreement between reviewers",
  alpha: "Krippendorff's α (nominal)",
  alphaBands: "≥ 0.800 reliable · ≥ 0.667 tentative · below: unreliable (Krippendorff 2004)",
  kappa: "Fleiss' κ",
  kappaReasons: {
    UNEQUAL_RATERS: "not computed: claims have different numbers of reviewers",
    TOO_FEW_RATERS: "not computed: fewer than two reviewers per claim",
    NO_VARIATION: "not computed: every verdict has the same label",
    NO_UNITS: "not computed: no claims",
  } satisfies Record<NonNullable<TKappa["reason"]>, string>,
  perSource: "By source",
  sourceColumns: ["Source", "Claims", "Verdicts C / T / X", "α"] as const,
  moreSources: (n: number) => `… and ${formatCount(n)} more sources`,
  capped: (shown: number, total: number) =>
    `This report lists the first ${formatCount(shown)} of ${formatCount(total)} matching claims, in the order shown; the figures above cover all ${formatCount(total)}. Narrow the filters on the dashboard to print the rest.`,
  order: (sort: string, dir: string) => `Claims in order of ${SORT_NAMES[sort] ?? sort}, ${dir === "asc" ? "ascending" : "descending"}.`,
  claimsHeading: "Claims",
  noClaims: "No claim matches these filters.",
  claimNumber: (n: number) => `Claim ${formatCount(n)}`,
  continued: (n: number) => `Claim ${formatCount(n)} (continued)`,
  quoteFrom: "Quoted from",
  orphaned: "The quoted words are no longer found in the corrected source.",
  verdicts: "Verdicts",
  reviewers: (n: number) => `${formatCount(n)} ${n === 1 ? "reviewer" : "reviewers"}`,
  consensus: "consensus",
  split: "split",
  noVerdicts: "No verdicts yet.",
  pairAgreement: (share: number) => `${Math.round(share * 100)}% of reviewer pairs agree`,
  finalVerdict: "Final verdict",
  noFinal: "No final verdict published yet.",
  published: (at: string, by: string | null) => (by ? `published ${at} by ${by}` : `published ${at}`),
  correctedFrom: (label: string, note: string) => `Corrected from ${label}: ${note}`,
  evidence: "Evidence",
  noEvidence: "No evidence cited.",
  citedBy: (n: number) => `cited by ${formatCount(n)} reviewers`,
  moreEvidence: (n: number) => `… and ${formatCount(n)} more passages (see the claim page).`,
  stances: { SUPPORTS: "Supports", REFUTES: "Refutes" },
} as const;

export const LABEL_NAMES: Record<TLabel, string> = { CORROBORATED: "Corroborated", CONTESTED: "Contested", CONTRADICTED: "Contradicted" };
// Text colours with at least 4.5:1 contrast on white (Tailwind emerald-700, amber-700, red-700).
export const LABEL_COLORS: Record<TLabel, string> = { CORROBORATED: "#047857", CONTESTED: "#b45309", CONTRADICTED: "#b91c1c" };

const SORT_NAMES: Record<string, string> = {
  activity: "last activity", reviewers: "number of reviewers", agreement: "agreement", consensus: "consensus",
  final: "final verdict", evidence: "evidence cited", created: "creation",
};

const FILTER_NAMES: Record<string, string> = {
  sourceId: "source", language: "language", consensus: "consensus", finalVerdict: "final verdict", disputed: "disputed only",
  needsReview: "needing review only", assigneeId: "assignee", q: "text contains",
};

// Built once: an Intl formatter costs far more to create than to use, and a report formats thousands.
const COUNT = new Intl.NumberFormat("en-GB");
const DATE = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const DATE_TIME = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function formatCount(n: number): string {
  return COUNT.format(n);
}

export function formatAlpha(alpha: number | null): string {
  return alpha === null || Number.isNaN(alpha) ? "—" : alpha.toFixed(3);
}

/** What an undefined α means; a defined one speaks for itself with its band. */
export function alphaNote(alpha: number | null): string | null {
  return alphaBand(alpha) === "insufficient data" ? "Too few claims with two or more verdicts, or no variation at all." : null;
}

export function describeKappa(kappa: TKappa): string {
  return kappa.value === null ? REPORT_TEXT.kappaReasons[kappa.reason ?? "NO_UNITS"] : kappa.value.toFixed(3);
}

/** A date as the source states it: no time of day unless the source gave one (sources rarely name a zone: UTC). */
export function formatDate(date: Date, withTime = false): string {
  return withTime ? `${DATE_TIME.format(date)} UTC` : DATE.format(date);
}

/** Active filters as "language: zh-Hant · disputed only"; `names` turns ids (source, assignee) into names. */
export function describeFilters(filters: Record<string, unknown>, names: Record<string, string> = {}): string {
  const parts = Object.entries(FILTER_NAMES).flatMap(([key, name]) => {
    const value = filters[key];
    if (value === undefined || value === false || value === "") return [];
    if (value === true) return [name];
    const text = typeof value === "string" ? (names[value] ?? LABEL_NAMES[value as TLabel] ?? value) : String(value);
    return [`${name}: ${text}`];
  });
  return parts.length ? parts.join(" · ") : REPORT_TEXT.noFilters;
}

/** Cuts long text at a word (or, in CJK text, any character) boundary, so one claim cannot fill pages. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join("");
  const head = chars.slice(0, max).join("");
  const atSpace = head.lastIndexOf(" ");
  return (atSpace > max * 0.8 ? head.slice(0, atSpace) : head).trimEnd() + "…";
}
