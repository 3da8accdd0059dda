import { z } from "zod";
import { exportReport } from "@/lib/reports/export-report";
import { parseReportFile, REPORT_FORMATS, reportFileName } from "@/lib/reports/formats";
import { renderPdfReport } from "@/lib/reports/pdf";
import { apiRoute } from "@/lib/server/api";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

// GET /api/v1/reports/<investigationId>.csv | .verdicts.csv | .json | .claimreview.jsonld | .pdf
// with the dashboard's filters as the query string.
export const GET = apiRoute({ params: z.object({ file: z.string().max(100) }), query: z.record(z.string(), z.string()) }, async ({ actor, params, query }) => {
  const parsed = parseReportFile(params.file);
  if (!parsed) throw new AppError("NOT_FOUND", `No such report format: ask for <investigationId> followed by ${Object.values(REPORT_FORMATS).map((f) => f.suffix).join(", ")}.`);
  const { investigationId, format } = parsed;
  if (format === "pdf") {
    const body = await renderPdfReport({ db, actor, input: { investigationId, query } });
    const { slug } = await db.investigation.findUniqueOrThrow({ where: { id: investigationId }, select: { slug: true } });
    return download(body, REPORT_FORMATS.pdf.contentType, reportFileName(slug, "pdf", new Date()));
  }
  const report = await exportReport({ actor, input: { investigationId, format, query } });
  return download(report.body, report.contentType, report.fileName, report.rows);
});

function download(body: ReadableStream<Uint8Array>, contentType: string, fileName: string, rows?: number): Response {
  const headers = new Headers({
    "content-type": contentType,
    "content-disposition": `attachment; filename="${fileName}"`,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  // The number of rows (claims, or verdicts) the body will hold: a client's progress bar.
  if (rows !== undefined) headers.set("x-report-rows", String(rows));
  return new Response(body, { headers });
}
