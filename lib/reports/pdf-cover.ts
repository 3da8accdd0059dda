// The report's first page: what was printed, when and for whom, and the investigation's figures.
import { LABELS, alphaBand, type TLabel } from "@/lib/dashboard/aggregate";
import type { TDashboardSummary } from "@/lib/dashboard/summary";
import { COLORS, smallCaps, type TPen } from "./pdf-pen";
import { LABEL_COLORS, LABEL_NAMES, REPORT_TEXT as T, alphaNote, describeKappa, formatAlpha, formatCount } from "./pdf-text";

export type TCover = {
  investigation: { name: string; description: string };
  generated: string;
  filters: string;
  order: string;
  summary: TDashboardSummary;
  sourceTitles: Map<string, string>;
  listed: number;
};

const CAPTION = 150;
const MAX_SOURCE_ROWS = 12;
const BAND_COLORS = { reliable: LABEL_COLORS.CORROBORATED, tentative: LABEL_COLORS.CONTESTED, unreliable: LABEL_COLORS.CONTRADICTED, "insufficient data": COLORS.muted };

export function drawCover(pen: TPen, cover: TCover) {
  const { doc } = pen;
  const { summary } = cover;
  pen.text(smallCaps(T.kicker), { size: 8, weight: "bold", color: COLORS.muted, gapAfter: 6 });
  pen.text(cover.investigation.name, { size: 22, weight: "bold", lineGap: 4, gapAfter: 6 });
  if (cover.investigation.description) pen.text(cover.investigation.description, { size: 10, color: COLORS.muted, gapAfter: 8 });
  pen.text(cover.generated, { size: 9, color: COLORS.muted });
  pen.text(`${T.filters}: ${cover.filters}`, { size: 9, color: COLORS.muted });
  pen.text(cover.order, { size: 9, color: COLORS.muted });
  pen.rule(COLORS.rule, 14);

  doc.outline.addItem(T.overview);
  pen.text(T.overview, { size: 14, weight: "bold", gapAfter: 8 });
  row(pen, T.claimsHeading, () => pen.text(formatCount(summary.claims), { size: 18, weight: "bold", indent: CAPTION }));

  const verdicts = LABELS.reduce((sum, label) => sum + summary.totals[label], 0);
  row(pen, T.reviewerVerdicts, () => {
    pen.bar(LABELS.map((label) => ({ value: summary.totals[label], color: LABEL_COLORS[label] })), pen.left + CAPTION, doc.y + 3, 200, 8);
    doc.y += 16;
    counts(pen, [...labelCounts(summary.totals), { text: T.allVerdicts(verdicts), color: null }]);
  });
  const settled = LABELS.reduce((sum, label) => sum + summary.finalTotals[label], 0);
  row(pen, T.finalVerdicts, () =>
    counts(pen, [...labelCounts(summary.finalTotals), { text: `${T.notSettled} ${formatCount(summary.claims - settled)}`, color: COLORS.faint }]),
  );
  row(pen, T.disputed, () => pen.text(formatCount(summary.disputed), { indent: CAPTION }));
  row(pen, T.needsReview, () => pen.text(formatCount(summary.needsReview), { indent: CAPTION }));

  pen.rule(COLORS.rule, 10);
  pen.text(T.agreement, { size: 14, weight: "bold", gapAfter: 8 });
  row(pen, T.alpha, () => {
    const band = alphaBand(summary.alpha);
    const value = formatAlpha(summary.alpha);
    const y = doc.y;
    pen.chip(band, BAND_COLORS[band], pen.left + CAPTION + pen.widthOf(value, { size: 18, weight: "bold" }) + 10, y + 6, 9);
    pen.text(value, { size: 18, weight: "bold", indent: CAPTION });
    const note = alphaNote(summary.alpha);
    if (note) pen.text(note, { size: 9, color: COLORS.muted, indent: CAPTION });
    pen.text(T.alphaBands, { size: 8, color: COLORS.muted, indent: CAPTION });
  });
  row(pen, T.kappa, () => pen.text(describeKappa(summary.kappa), { indent: CAPTION }));

  if (summary.perSource.length > 0) sourceTable(pen, cover);
  if (cover.listed < summary.claims) notice(pen, T.capped(cover.listed, summary.claims));
}

/** A caption on the left and its content to the right, the caption aligned with the first line. */
function row(pen: TPen, caption: string, content: () => void) {
  pen.ensureSpace(40);
  pen.caption(caption, CAPTION);
  content();
  pen.doc.y += 8;
}

const labelCounts = (totals: Record<TLabel, number>) => LABELS.map((label) => ({ text: `${LABEL_NAMES[label]} ${formatCount(totals[label])}`, color: LABEL_COLORS[label] }));

/** "■ Corroborated 12   ■ Contested 3 …", each count beside its colour, wrapping at the margin. */
function counts(pen: TPen, items: { text: string; color: string | null }[]) {
  const { doc } = pen;
  const start = pen.left + CAPTION;
  let [x, y] = [start, doc.y];
  for (const { text, color } of items) {
    const width = (color ? 11 : 0) + pen.widthOf(text);
    if (x > start && x + width > pen.left + pen.contentWidth) [x, y] = [start, y + 15];
    if (color) doc.rect(x, y + 2.5, 7, 7).fill(color);
    doc.y = y;
    pen.text(text, { indent: x + (color ? 11 : 0) - pen.left, width: width + 1, color: color ? COLORS.ink : COLORS.muted });
    x += width + 14;
  }
  doc.y = y + 15;
}

function sourceTable(pen: TPen, cover: TCover) {
  const { doc } = pen;
  const title = (id: string) => cover.sourceTitles.get(id) ?? id;
  const rows = [...cover.summary.perSource].sort((a, b) => b.claims - a.claims || title(a.sourceId).localeCompare(title(b.sourceId)));
  pen.rule(COLORS.rule, 10);
  pen.ensureSpace(60);
  pen.text(T.perSource, { size: 14, weight: "bold", gapAfter: 6 });
  const columns = [0, 270, 330, 440];
  const line = (cells: string[], weight: "regular" | "bold", color: string = COLORS.ink) => {
    pen.ensureSpace(16);
    const y = doc.y;
    cells.forEach((cell, i) => {
      doc.y = y;
      const width = (columns[i + 1] ?? pen.contentWidth) - (columns[i] ?? 0) - 8;
      pen.text(cell, { size: 9, weight, color, indent: columns[i] ?? 0, width, lineGap: 0 });
    });
    doc.y = y + 15;
  };
  line([...T.sourceColumns], "bold", COLORS.muted);
  for (const source of rows.slice(0, MAX_SOURCE_ROWS)) {
    line([oneLine(pen, title(source.sourceId), columns[1]! - 8), formatCount(source.claims), LABELS.map((l) => formatCount(source.counts[l])).join(" / "), formatAlpha(source.alpha)], "regular");
  }
  if (rows.length > MAX_SOURCE_ROWS) pen.text(T.moreSources(rows.length - MAX_SOURCE_ROWS), { size: 9, color: COLORS.muted });
}

/** Shortens `text` until it fits `width` on one line at the table's size. */
function oneLine(pen: TPen, text: string, width: number): string {
  pen.measure(text, { size: 9 });
  if (pen.doc.widthOfString(text) <= width) return text;
  const chars = Array.from(text);
  while (chars.length > 1 && pen.doc.widthOfString(chars.join("") + "…") > width) chars.pop();
  return chars.join("").trimEnd() + "…";
}

function notice(pen: TPen, message: string) {
  const { doc } = pen;
  pen.doc.y += 12;
  const height = pen.measure(message, { size: 9, indent: 10, width: pen.contentWidth - 20 }) + 16;
  pen.ensureSpace(height);
  doc.rect(pen.left, doc.y, pen.contentWidth, height).fill("#fef3c7");
  doc.y += 8;
  pen.text(message, { size: 9, indent: 10, width: pen.contentWidth - 20 });
  doc.y += 8;
}
