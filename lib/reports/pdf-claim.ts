// One claim of the report: its words, the quote it is pinned to, what reviewers said, the editor's
// final verdict and the evidence cited. Long texts are cut so that one claim cannot fill pages.
import { LABELS } from "@/lib/dashboard/aggregate";
import type { TPdfClaim, TPdfPassage } from "./pdf-data";
import { COLORS, smallCaps, type TPen } from "./pdf-pen";
import { LABEL_COLORS, LABEL_NAMES, REPORT_TEXT as T, formatCount, formatDate, truncate } from "./pdf-text";

const CAPTION = 84;
const MAX_QUOTE = 800;
const MAX_RATIONALE = 3_000;
const MAX_PASSAGE = 500;
const STANCE_COLORS = { SUPPORTS: LABEL_COLORS.CORROBORATED, REFUTES: LABEL_COLORS.CONTRADICTED } as const;

export function drawClaim(pen: TPen, claim: TPdfClaim, outline: PDFKit.PDFOutline) {
  const { doc } = pen;
  const languages = claim.source.languages;
  // Keep the heading, the claim and the start of its quote on one page.
  pen.ensureSpace(Math.min(pen.measure(claim.text, { size: 12, weight: "bold", languages }) + 90, 300));
  outline.addItem(`${claim.number}. ${truncate(claim.text, 70)}`);
  pen.setRunningHead(T.continued(claim.number));

  const heading = smallCaps(T.claimNumber(claim.number));
  if (claim.disputed) pen.chip(T.disputed, LABEL_COLORS.CONTESTED, pen.left + pen.widthOf(heading, { size: 8, weight: "bold" }) + 8, doc.y - 1, 7);
  pen.text(heading, { size: 8, weight: "bold", color: COLORS.muted, gapAfter: 2 });
  pen.text(claim.text, { size: 12, weight: "bold", languages, lineGap: 3, gapAfter: 6 });

  quote(pen, claim);
  row(pen, T.verdicts, () => verdicts(pen, claim));
  row(pen, T.finalVerdict, () => finalVerdict(pen, claim));
  row(pen, T.evidence, () => evidence(pen, claim));
  pen.rule(COLORS.rule, 6);
  doc.y += 4;
  pen.setRunningHead(null);
}

function quote(pen: TPen, claim: TPdfClaim) {
  const { doc } = pen;
  const { source } = claim;
  const text = `“${truncate(claim.quote, MAX_QUOTE)}”`;
  const attribution = [`${T.quoteFrom} ${source.title}`, source.publisher, source.publishedAt ? formatDate(source.publishedAt, source.publishedHasTime) : null].filter(Boolean).join(" · ");
  const style = { size: 10, color: COLORS.ink, languages: source.languages, indent: 12, lineGap: 3 };
  const height = pen.measure(text, style) + pen.measure(attribution, { size: 8, indent: 12 }) + 4;
  pen.ensureSpace(Math.min(height, 400));
  const top = doc.y;
  pen.text(text, style);
  doc.y += 2;
  pen.text(attribution, { size: 8, color: COLORS.muted, indent: 12, languages: source.languages });
  if (claim.orphaned) pen.text(T.orphaned, { size: 8, color: LABEL_COLORS.CONTRADICTED, indent: 12 });
  // The bar beside the quote, on this page only when a very long quote ran over.
  const barTop = doc.y < top ? doc.page.margins.top : top;
  doc.rect(pen.left, barTop, 2.5, doc.y - barTop).fill(COLORS.rule);
  doc.fillColor(COLORS.ink);
  doc.y += 10;
}

function row(pen: TPen, caption: string, content: () => void) {
  pen.ensureSpace(30);
  pen.caption(caption, CAPTION);
  content();
  pen.doc.y += 8;
}

function verdicts(pen: TPen, claim: TPdfClaim) {
  const { doc } = pen;
  if (claim.reviewers === 0) return pen.text(T.noVerdicts, { indent: CAPTION, color: COLORS.muted });
  const y = doc.y;
  pen.bar(LABELS.map((label) => ({ value: claim.counts[label], color: LABEL_COLORS[label] })), pen.left + CAPTION, y + 3, 60, 6);
  const counts = LABELS.map((label) => `${LABEL_NAMES[label]} ${formatCount(claim.counts[label])}`).join(" · ");
  doc.y = y;
  pen.text(counts, { indent: CAPTION + 68 });
  const consensus = claim.consensus === null ? null : claim.consensus === "SPLIT" ? T.split : LABEL_NAMES[claim.consensus].toLowerCase();
  const details = [T.reviewers(claim.reviewers), consensus ? `${T.consensus}: ${consensus}` : null, claim.agreement === null ? null : T.pairAgreement(claim.agreement)];
  pen.text(details.filter(Boolean).join(" · "), { size: 9, color: COLORS.muted, indent: CAPTION + 68 });
}

function finalVerdict(pen: TPen, claim: TPdfClaim) {
  const { doc } = pen;
  const { final } = claim;
  if (!final) return pen.text(T.noFinal, { indent: CAPTION, color: COLORS.muted });
  const y = doc.y;
  const width = pen.chip(LABEL_NAMES[final.label], LABEL_COLORS[final.label], pen.left + CAPTION, y, 8);
  doc.y = y + 1;
  pen.text(T.published(formatDate(final.at), final.editor), { size: 8, color: COLORS.muted, indent: CAPTION + width + 8 });
  doc.y = y + 18;
  pen.text(truncate(final.rationale, MAX_RATIONALE), { indent: CAPTION, languages: claim.source.languages, lineGap: 3 });
  if (final.previousLabel && final.correctionNote) {
    doc.y += 2;
    pen.text(T.correctedFrom(LABEL_NAMES[final.previousLabel], final.correctionNote), { size: 9, color: COLORS.muted, indent: CAPTION });
  }
}

function evidence(pen: TPen, claim: TPdfClaim) {
  if (claim.passages.length === 0) return pen.text(T.noEvidence, { indent: CAPTION, color: COLORS.muted });
  claim.passages.forEach((item, i) => {
    if (i > 0) pen.doc.y += 5;
    passage(pen, item);
  });
  if (claim.passagesOmitted > 0) pen.text(T.moreEvidence(claim.passagesOmitted), { size: 9, color: COLORS.muted, indent: CAPTION });
}

function passage(pen: TPen, item: TPdfPassage) {
  const { doc } = pen;
  const text = `“${truncate(item.quote, MAX_PASSAGE)}”`;
  const source = [item.sourceTitle, item.publisher, item.citedBy > 1 ? T.citedBy(item.citedBy) : null].filter(Boolean).join(" · ");
  pen.ensureSpace(Math.min(pen.measure(text, { indent: CAPTION + 58, languages: item.languages }) + 14, 200));
  const y = doc.y;
  pen.chip(T.stances[item.stance], STANCE_COLORS[item.stance], pen.left + CAPTION, y, 7);
  doc.y = y;
  pen.text(text, { indent: CAPTION + 58, languages: item.languages, lineGap: 2 });
  pen.text(source, { size: 8, color: COLORS.muted, indent: CAPTION + 58, languages: item.languages });
  if (item.note) pen.text(item.note, { size: 9, indent: CAPTION + 58 });
}
