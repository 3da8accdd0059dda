"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useRef } from "react";
import type { TDashboardQuery } from "@/lib/dashboard/schemas";
import { REPORT_FORMATS, reportFileName, reportPath, type TReportFormat } from "@/lib/reports/formats";
import { formatBytes } from "@/lib/reports/progress";
import { dashboardHref } from "./dashboard-url";
import { useReportDownload } from "./use-report-download";

const FORMATS = Object.keys(REPORT_FORMATS) as TReportFormat[];
const VIEW_ONLY = new Set(["investigationId", "sort", "dir"]);

/**
 * The dashboard's Export menu: every format of the current view (same filters). A disclosure of
 * plain links, so it works without JavaScript; with it, a download shows its progress and can be
 * cancelled.
 */
export function ExportMenu({ query }: { query: TDashboardQuery }) {
  const t = useTranslations("reports.export");
  const menu = useRef<HTMLDetailsElement>(null);
  const { state, start, cancel } = useReportDownload();
  const search = dashboardHref(query).split("?")[1] ?? "";
  const filtered = [...new URLSearchParams(search).keys()].some((key) => !VIEW_ONLY.has(key));

  const choose = (event: React.MouseEvent<HTMLAnchorElement>, format: TReportFormat) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    menu.current?.removeAttribute("open");
    void start(event.currentTarget.href, format, reportFileName(query.investigationId, format, new Date()));
  };

  return (
    <div className="relative mr-4 ml-auto" data-testid="export-menu">
      <details ref={menu} className="group">
        <summary className="flex cursor-pointer list-none items-center gap-1.5 rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600">
          {t("button")} <span aria-hidden="true" className="text-xs text-slate-500 group-open:rotate-180">▾</span>
        </summary>
        <div className="absolute right-0 z-20 mt-1 w-80 rounded-lg border border-slate-200 bg-white p-2 shadow-lg">
          <p className="px-2 pt-1 pb-2 text-xs text-slate-500">{filtered ? t("filtered") : t("all")}</p>
          <ul aria-label={t("menuLabel")} className="space-y-0.5">
            {FORMATS.map((format) => (
              <li key={format}>
                <a href={reportPath(query.investigationId, format, search)} download onClick={(event) => choose(event, format)} className="block rounded px-2 py-1.5 hover:bg-brand-50 focus-visible:bg-brand-50 focus-visible:outline-none" data-format={format}>
                  <span className="block text-sm font-medium text-slate-900">{t(`formats.${format}`)}</span>
                  <span className="block text-xs text-slate-500">{t(`hints.${format}`)}</span>
                </a>
              </li>
            ))}
          </ul>
          <a href="/methodology" className="mt-1 block border-t border-slate-100 px-2 pt-2 text-xs text-brand-700 hover:underline">{t("methodology")}</a>
        </div>
      </details>
      <div role="status" aria-live="polite" className="absolute right-0 z-10 mt-1 w-80 empty:hidden" data-testid="export-status">
        {state.phase !== "idle" && <DownloadStatus state={state} onCancel={cancel} />}
      </div>
    </div>
  );
}

function DownloadStatus({ state, onCancel }: { state: Exclude<ReturnType<typeof useReportDownload>["state"], { phase: "idle" }>; onCancel: () => void }) {
  const t = useTranslations("reports.export");
  const format = useFormatter();
  const locale = useLocale();
  const box = "rounded-lg border px-3 py-2 text-sm shadow";
  if (state.phase === "running") {
    const size = formatBytes(state.bytes, locale);
    const known = state.total !== null && state.total > 0;
    return (
      <div className={`${box} border-slate-200 bg-white text-slate-700`}>
        <p>{state.bytes === 0 ? t("preparing", { file: state.file }) : known ? t("progress", { file: state.file, rows: format.number(state.rows), total: format.number(state.total ?? 0), size }) : t("progressUnknown", { file: state.file, size })}</p>
        <div className="mt-2 flex items-center gap-2">
          <progress className="h-2 flex-1 accent-brand-600" max={known ? (state.total ?? undefined) : undefined} value={known ? state.rows : undefined} aria-label={state.file} />
          <button type="button" onClick={onCancel} className="text-xs text-brand-700 hover:underline">{t("cancel")}</button>
        </div>
      </div>
    );
  }
  if (state.phase === "done") return <p className={`${box} border-emerald-200 bg-emerald-50 text-emerald-900`}>{t("done", { file: state.file, size: formatBytes(state.bytes, locale) })}</p>;
  if (state.phase === "cancelled") return <p className={`${box} border-slate-200 bg-white text-slate-600`}>{t("cancelled")}</p>;
  return <p className={`${box} border-red-200 bg-red-50 text-red-900`}>{state.message ? t("failed", { message: state.message }) : t("interrupted")}</p>;
}
