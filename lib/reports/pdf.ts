import PDFDocument from "pdfkit";
import { hasRole, type Actor } from "@/lib/auth/actor";
import type { TDashboard } from "@/lib/dashboard/get-dashboard";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/validation";
import { drawClaim } from "./pdf-claim";
import { drawCover } from "./pdf-cover";
import { MAX_REPORT_CLAIMS, firstPage, reportClaims } from "./pdf-data";
import { reportFonts } from "./pdf-fonts";
import { COLORS, PAGE, createPen } from "./pdf-pen";
import { ZPdfReportInput, type TReportFilters } from "./pdf-schemas";
import { REPORT_TEXT as T, describeFilters, formatDate } from "./pdf-text";

export { MAX_REPORT_CLAIMS } from "./pdf-data";
export type { TPdfReportInput } from "./pdf-schemas";

/** Reports show every claim's verdicts and evidence, which blind review hides from reviewers who have not judged it. */
function canPrintReport(actor: Actor): boolean {
  return hasRole(actor, "EDITOR");
}

type TInvestigation = { id: string; name: string; description: string };

/**
 * The printable verdict report of an investigation (optionally filtered like the dashboard) as a
 * PDF stream. Permission, input and the first page of claims are checked before the stream is
 * returned, so those failures are ordinary AppErrors; the rest is read a page at a time while the
 * PDF is written, and a later failure errors the stream.
 */
export async function renderPdfReport({ db, actor, input }: { db: Db; actor: Actor; input: unknown }): Promise<ReadableStream<Uint8Array>> {
  if (!canPrintReport(actor)) throw new AppError("FORBIDDEN", "Only editors and admins can print verdict reports.");
  const { investigationId, query: filters } = parseInput(ZPdfReportInput, input);
  const investigation = await db.investigation.findUnique({ where: { id: investigationId }, select: { id: true, name: true, description: true } });
  if (!investigation) throw new AppError("NOT_FOUND", "That investigation does not exist.");
  const [first, names] = await Promise.all([firstPage(db, actor, investigationId, filters), filterNames(db, investigationId, filters)]);
  const fonts = reportFonts();

  const doc = new PDFDocument({
    size: PAGE.size,
    margins: { top: PAGE.margin, left: PAGE.margin, right: PAGE.margin, bottom: PAGE.bottomMargin },
    autoFirstPage: false,
    // No default font: pdfkit would load Helvetica's metrics from its own folder, which bundlers
    // leave behind, and every text here is set in a registered font anyway.
    font: "",
    pdfVersion: "1.7",
    lang: "en",
    displayTitle: true,
    info: { Title: `${investigation.name} — verdict report`, Author: actor.name, Subject: T.kicker, Creator: "Factdesk" },
  });
  fonts.register(doc);
  const stream = webStreamOf(doc);
  void writeReport({ db, actor, doc, investigation, filters, first, names }).catch((error: unknown) => {
    console.error("PDF report failed part-way", error);
    doc.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return stream;
}

/**
 * pdfkit's output (a Node Readable) as a web stream. Not Readable.toWeb: on Node 20, when the reader
 * cancels (a client goes away) it still enqueues buffered chunks into the closed controller, which
 * throws ERR_INVALID_STATE outside any handler and ends the process. No backpressure: pdfkit pushes
 * regardless, and a report at the claim cap is a few MB.
 */
function webStreamOf(doc: PDFKit.PDFDocument): ReadableStream<Uint8Array> {
  let open = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      doc.on("data", (chunk: Buffer) => {
        if (open) controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      });
      doc.on("end", () => {
        if (open) controller.close();
        open = false;
      });
      doc.on("error", (error: Error) => {
        if (open) controller.error(error);
        open = false;
      });
    },
    cancel() {
      open = false;
      doc.destroy();
    },
  });
}

async function writeReport({ db, actor, doc, investigation, filters, first, names }: { db: Db; actor: Actor; doc: PDFKit.PDFDocument; investigation: TInvestigation; filters: TReportFilters; first: TDashboard; names: Record<string, string> }) {
  const pen = createPen(doc, () => `${investigation.name} · ${T.kicker}`);
  doc.addPage();
  const { summary } = first;
  drawCover(pen, {
    investigation,
    generated: T.generated(formatDate(new Date(), true), actor.name),
    filters: describeFilters(filters, names),
    order: T.order(filters.sort, filters.dir),
    summary,
    sourceTitles: new Map(Object.entries(names)),
    listed: Math.min(summary.claims, MAX_REPORT_CLAIMS),
  });

  doc.addPage();
  const claims = doc.outline.addItem(T.claimsHeading, { expanded: false });
  pen.text(T.claimsHeading, { size: 16, weight: "bold", gapAfter: 10 });
  if (first.rows.length === 0) pen.text(T.noClaims, { color: COLORS.muted });
  for await (const batch of reportClaims(db, actor, investigation.id, filters, first)) {
    // The reader went away (cancelling destroys the document): stop querying.
    if (doc.destroyed) return;
    for (const claim of batch) drawClaim(pen, claim, claims);
  }
  doc.end();
}

/** Names for the ids a filter may hold, and every source's title for the cover's table. */
async function filterNames(db: Db, investigationId: string, filters: TReportFilters): Promise<Record<string, string>> {
  const [sources, assignee] = await Promise.all([
    db.source.findMany({ where: { investigationId }, select: { id: true, title: true } }),
    filters.assigneeId ? db.user.findUnique({ where: { id: filters.assigneeId }, select: { id: true, name: true } }) : null,
  ]);
  return Object.fromEntries([...sources.map((s) => [s.id, s.title]), ...(assignee ? [[assignee.id, assignee.name]] : [])]);
}
