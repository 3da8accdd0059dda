"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { TUploadItem } from "./use-upload-queue";

const BADGE: Record<string, string> = {
  imported: "bg-green-100 text-green-800",
  duplicate: "bg-amber-100 text-amber-900",
  refused: "bg-red-100 text-red-800",
  failed: "bg-red-100 text-red-800",
};

/** One file: its name and size, a progress bar while it uploads, then its result. */
export function FileRow({ item }: { item: TUploadItem }) {
  const t = useTranslations("imports.files");
  const format = useFormatter();
  const outcome = item.outcome;
  const percent = Math.round(item.progress * 100);
  return (
    <li data-testid="import-file" data-state={item.state} data-result={outcome?.kind ?? ""} className="space-y-1.5 px-4 py-3">
      <div className="flex items-baseline justify-between gap-3">
        <span className="truncate font-medium text-slate-800" title={item.name}>{item.name}</span>{" "}
        <span className="shrink-0 text-xs tabular-nums text-slate-500">{formatSize(item.size, (value) => format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 }))}</span>
      </div>
      {item.state !== "done" ? (
        <div className="flex items-center gap-3">
          <progress
            max={100}
            value={item.state === "queued" ? 0 : percent}
            aria-label={t("progress", { name: item.name })}
            className="h-2 w-full overflow-hidden rounded bg-slate-100 [&::-webkit-progress-bar]:bg-slate-100 [&::-webkit-progress-value]:bg-brand-600"
          />
          <span className="w-32 shrink-0 text-xs text-slate-600">
            {item.state === "queued" ? t("queued") : item.state === "processing" ? t("processing") : t("uploading", { percent })}
          </span>
        </div>
      ) : outcome ? (
        <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
          <span className={`rounded px-2 py-0.5 text-xs font-semibold ${BADGE[outcome.kind]}`} data-testid="import-result">
            {t(outcome.kind)}
          </span>{" "}
          {"sourceId" in outcome ? (
            <span className="text-slate-700">
              {t.rich(outcome.kind === "imported" ? "importedAs" : "duplicateOf", {
                title: outcome.title,
                link: (chunks) => <Link href={`/sources/${outcome.sourceId}`} className="font-medium text-brand-700 hover:underline">{chunks}</Link>,
              })}
            </span>
          ) : (
            <span className="text-red-800">{"reason" in outcome ? outcome.reason : outcome.status === 0 ? t("unreachable") : t("httpFailed", { status: outcome.status })}</span>
          )}
        </p>
      ) : null}
    </li>
  );
}

/** Binary units, like the 5 MB import limit; the figure in the UI's locale. */
function formatSize(bytes: number, figure: (value: number) => string): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${figure(bytes / 1024)} KB`;
  return `${figure(bytes / (1024 * 1024))} MB`;
}
