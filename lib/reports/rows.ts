// Export rows from plain report records: pure, no database, no framework, so every format's
// content is unit-tested on its own. The streaming writers only concatenate what these return.
import type { TLabel, TReportClaim, TReportEvidence, TReportSource, TReportVerdict } from "./report-schema";

export const CLAIM_COLUMNS = [
  "claim_id", "claim_text", "source_title", "source_publisher", "source_url", "source_date", "quote",
  "corroborated", "contested", "contradicted", "consensus", "agreement", "final_verdict", "final_rationale",
  "evidence_for", "evidence_against", "reviewers", "reviewer_names", "last_change",
] as const;

export const VERDICT_COLUMNS = [
  "claim_id", "verdict_id", "reviewer", "label", "rationale", "evidence_count", "evidence", "created_at", "updated_at",
] as const;

type TCell = string | number;

/** Agreement to four decimals without padding ("1", "0.3333"); empty when undefined. */
export function formatAgreement(agreement: number | null): string {
  return agreement === null ? "" : String(Number(agreement.toFixed(4)));
}

/** One row of the per-claim CSV, in CLAIM_COLUMNS order. */
export function claimRow(claim: TReportClaim): TCell[] {
  const { source, counts, finalVerdict } = claim;
  return [
    claim.id, claim.text, source.title, source.publisher ?? "", source.url ?? "", source.publishedAt ?? "", claim.quote.exact,
    counts.CORROBORATED, counts.CONTESTED, counts.CONTRADICTED, claim.consensus ?? "", formatAgreement(claim.agreement),
    finalVerdict?.label ?? "", finalVerdict?.rationale ?? "", claim.evidence.supports, claim.evidence.refutes,
    claim.reviewers, claim.verdicts.map((v) => v.reviewer.name).join("; "), claim.lastActivityAt,
  ];
}

/** One cited passage on one line: `SUPPORTS · Agency wire: "…" (note)`. */
export function evidenceLine(evidence: TReportEvidence): string {
  const note = evidence.note ? ` (${evidence.note})` : "";
  return `${evidence.stance} · ${evidence.sourceTitle}: "${evidence.exact}"${note}`;
}

/** One row of the per-verdict CSV, in VERDICT_COLUMNS order. */
export function verdictRow(claimId: string, verdict: TReportVerdict): TCell[] {
  return [
    claimId, verdict.id, verdict.reviewer.name, verdict.label, verdict.rationale,
    verdict.evidence.length, verdict.evidence.map(evidenceLine).join("\n"), verdict.createdAt, verdict.updatedAt,
  ];
}

// The rating scale of the ClaimReview export, also shown on /methodology.
export const RATING_SCALE = { worst: 1, best: 3 } as const;
export const RATING: Record<TLabel, { value: number; name: string }> = {
  CORROBORATED: { value: 3, name: "Corroborated" },
  CONTESTED: { value: 2, name: "Contested" },
  CONTRADICTED: { value: 1, name: "Contradicted" },
};

/** "3 of 4 reviewers: contradicted (1 corroborated)." — how the reviewers split on the final label. */
export function reviewerSplit(counts: Record<TLabel, number>, finalLabel: TLabel): string {
  const total = counts.CORROBORATED + counts.CONTESTED + counts.CONTRADICTED;
  if (total === 0) return "No reviewer gave a verdict; the editors settled it alone.";
  const others = (Object.keys(counts) as TLabel[])
    .filter((label) => label !== finalLabel && counts[label] > 0)
    .map((label) => `${counts[label]} ${label.toLowerCase()}`);
  const noun = total === 1 ? "reviewer" : "reviewers";
  return `${counts[finalLabel]} of ${total} ${noun}: ${finalLabel.toLowerCase()}${others.length > 0 ? ` (${others.join(", ")})` : ""}.`;
}

export type TDesk = { name: string; url: string };

function creativeWork(source: TReportSource) {
  return {
    "@type": "CreativeWork",
    headline: source.title,
    ...(source.url ? { url: source.url } : {}),
    ...(source.publishedAt ? { datePublished: source.publishedAt } : {}),
    ...(source.publisher ? { publisher: { "@type": "Organization", name: source.publisher } } : {}),
  };
}

/**
 * The claim's appearances: its own source, plus every source a reviewer cited as supporting it (an
 * outlet that reports the same thing). The first appearance is the earliest dated one; undated
 * sources come last, and on a tie the claim's own source wins.
 */
export function appearances(claim: TReportClaim, sources: ReadonlyMap<string, TReportSource>): TReportSource[] {
  const supporting = new Set(claim.verdicts.flatMap((v) => v.evidence.filter((e) => e.stance === "SUPPORTS").map((e) => e.sourceId)));
  supporting.delete(claim.source.id);
  const others = [...supporting].flatMap((id) => sources.get(id) ?? []);
  const time = (s: TReportSource) => (s.publishedAt ? Date.parse(s.publishedAt) : Number.POSITIVE_INFINITY);
  return [claim.source, ...others].map((s, order) => ({ s, order })).sort((a, b) => time(a.s) - time(b.s) || a.order - b.order).map((x) => x.s);
}

/** A schema.org ClaimReview for a claim with a published final verdict (null otherwise). */
export function claimReview(claim: TReportClaim, desk: TDesk, sources: ReadonlyMap<string, TReportSource>) {
  const final = claim.finalVerdict;
  if (!final) return null;
  const seen = appearances(claim, sources).map(creativeWork);
  return {
    "@type": "ClaimReview",
    url: new URL(`/claims/${encodeURIComponent(claim.id)}`, desk.url).href,
    claimReviewed: claim.text,
    author: { "@type": "Organization", name: desk.name, url: desk.url },
    datePublished: final.firstPublishedAt,
    ...(final.corrected ? { dateModified: final.publishedAt } : {}),
    reviewRating: {
      "@type": "Rating",
      ratingValue: RATING[final.label].value,
      bestRating: RATING_SCALE.best,
      worstRating: RATING_SCALE.worst,
      alternateName: RATING[final.label].name,
    },
    reviewBody: `${final.rationale}\n\n${reviewerSplit(claim.counts, final.label)}`,
    itemReviewed: {
      "@type": "Claim",
      ...(claim.source.publisher ? { author: { "@type": "Organization", name: claim.source.publisher } } : {}),
      ...(claim.source.publishedAt ? { datePublished: claim.source.publishedAt } : {}),
      appearance: seen,
      firstAppearance: seen[0],
    },
  };
}
