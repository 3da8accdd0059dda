// Drawing primitives for the PDF report over pdfkit: every piece of text goes through `text`, which
// picks the face for its script, so no caller can set Chinese in a Latin-only font (boxes).
import { faceFor, fontName, type TFace, type TWeight } from "./pdf-fonts";

// A4 in points; the pen needs the width before the first page exists (to draw its footer).
export const PAGE = { size: "A4", width: 595.28, margin: 56, bottomMargin: 64 } as const;
export const COLORS = { ink: "#0f172a", muted: "#475569", faint: "#94a3b8", rule: "#cbd5e1", wash: "#f1f5f9", white: "#ffffff" } as const;

export type TTextStyle = {
  size?: number;
  weight?: TWeight;
  color?: string;
  /** The languages of the text's source: Traditional-only sources get the TC face. */
  languages?: readonly string[];
  /** Offset from the left margin, and the width from there (default: to the right margin). */
  indent?: number;
  width?: number;
  lineGap?: number;
  gapAfter?: number;
};

export type TPen = ReturnType<typeof createPen>;

export function createPen(doc: PDFKit.PDFDocument, footer: () => string) {
  const left = PAGE.margin;
  const contentWidth = PAGE.width - 2 * PAGE.margin;
  // The font in use, restored after the footer is drawn in the middle of a paragraph's page break:
  // pdfkit keeps wrapping the paragraph in whatever font is current when the new page starts.
  let current: { name: string; size: number } = { name: fontName("latin"), size: 10 };
  let pageNumber = 0;
  // Printed above the top margin of a page that starts inside a claim, so its evidence is not orphaned.
  let runningHead: string | null = null;

  const setFont = (face: TFace, weight: TWeight, size: number) => {
    current = { name: fontName(face, weight), size };
    doc.font(current.name).fontSize(size);
  };

  const drawFooter = () => {
    const { x, y } = doc;
    const bottom = doc.page.margins.bottom;
    // Text below the bottom margin would otherwise start yet another page.
    doc.page.margins.bottom = 0;
    const label = footer();
    pageNumber += 1;
    const pageLabel = String(pageNumber);
    const baseline = doc.page.height - bottom + 24;
    doc.font(fontName(faceFor(label), "regular")).fontSize(8).fillColor(COLORS.faint);
    doc.text(label, left, baseline, { width: contentWidth - 60, height: 12, ellipsis: true });
    doc.font(fontName("latin")).text(pageLabel, left + contentWidth - doc.widthOfString(pageLabel), baseline, { lineBreak: false });
    if (runningHead) {
      doc.font(fontName(faceFor(runningHead), "bold")).fontSize(7).fillColor(COLORS.muted);
      doc.text(smallCaps(runningHead), left, doc.page.margins.top - 22, { lineBreak: false });
    }
    doc.page.margins.bottom = bottom;
    doc.font(current.name).fontSize(current.size).fillColor(COLORS.ink);
    doc.x = x;
    doc.y = y;
  };
  doc.on("pageAdded", drawFooter);

  const pen = {
    doc,
    left,
    contentWidth,
    setRunningHead(value: string | null) {
      runningHead = value;
    },

    text(value: string, style: TTextStyle = {}) {
      const { size = 10, weight = "regular", color = COLORS.ink, languages, indent = 0, lineGap = 2, gapAfter = 0 } = style;
      setFont(faceFor(value, languages), weight, size);
      doc.fillColor(color).text(value, left + indent, doc.y, { width: style.width ?? contentWidth - indent, lineGap });
      doc.y += gapAfter;
    },

    /** Height `value` would take in `style`, for keeping blocks together. */
    measure(value: string, style: TTextStyle = {}): number {
      const { size = 10, weight = "regular", languages, indent = 0, lineGap = 2 } = style;
      setFont(faceFor(value, languages), weight, size);
      return doc.heightOfString(value, { width: style.width ?? contentWidth - indent, lineGap });
    },

    /** Width of `value` on one line in `style`. */
    widthOf(value: string, style: Pick<TTextStyle, "size" | "weight" | "languages"> = {}): number {
      setFont(faceFor(value, style.languages), style.weight ?? "regular", style.size ?? 10);
      return doc.widthOfString(value);
    },

    /** Starts a new page unless `height` points are left on this one. */
    ensureSpace(height: number) {
      if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    },

    rule(color: string = COLORS.rule, gap = 8) {
      doc.y += gap;
      doc.moveTo(left, doc.y).lineTo(left + contentWidth, doc.y).lineWidth(0.5).strokeColor(color).stroke();
      doc.y += gap;
    },

    /** A small caption to the left of a block: drawn at the block's first line, which starts at `indent`. */
    caption(value: string, indent: number) {
      const y = doc.y;
      pen.text(smallCaps(value), { size: 7, weight: "bold", color: COLORS.muted, width: indent - 8 });
      doc.y = y;
    },

    /** A filled label such as a verdict, leaving the text position alone; returns its width. */
    chip(value: string, color: string, x: number, y: number, size = 8): number {
      const at = { x: doc.x, y: doc.y };
      setFont(faceFor(value), "bold", size);
      const width = doc.widthOfString(value) + 10;
      doc.roundedRect(x, y, width, size + 6, 3).fill(color);
      doc.fillColor(COLORS.white).text(value, x + 5, y + 2.5, { lineBreak: false });
      doc.fillColor(COLORS.ink);
      doc.x = at.x;
      doc.y = at.y;
      return width;
    },

    /** A stacked bar of counts (no text: the counts are written beside it). */
    bar(parts: { value: number; color: string }[], x: number, y: number, width: number, height = 6) {
      const total = parts.reduce((sum, p) => sum + p.value, 0);
      doc.rect(x, y, width, height).fill(COLORS.wash);
      let at = x;
      for (const part of parts) {
        if (total === 0 || part.value === 0) continue;
        const w = (width * part.value) / total;
        doc.rect(at, y, w, height).fill(part.color);
        at += w;
      }
      doc.fillColor(COLORS.ink);
    },
  };
  return pen;
}

/** Upper-cases Latin letters only: "Krippendorff's α" must not become "KRIPPENDORFF'S Α" (a capital alpha reads as A). */
export function smallCaps(value: string): string {
  return value.replace(/[a-z]/g, (c) => c.toUpperCase());
}
