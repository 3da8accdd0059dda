"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useCallback } from "react";
import { MAX_IMPORT_BYTES } from "@/lib/sources/decode-source";
import { DropZone } from "./drop-zone";
import { FileRow } from "./file-row";
import type { TFileOutcome } from "./upload-file";
import { useUploadQueue } from "./use-upload-queue";

/** The "Upload files" panel: drop or choose files, then one row per file with its own progress and result. */
export function FileImports({ investigationId }: { investigationId: string }) {
  const t = useTranslations("imports.files");
  const format = useFormatter();
  // Refused here without uploading: the server would refuse it too, after the whole upload.
  const precheck = useCallback(
    (file: File): TFileOutcome | null =>
      file.size > MAX_IMPORT_BYTES ? { kind: "refused", reason: t("tooLarge", { size: format.number(file.size / (1024 * 1024), { minimumFractionDigits: 1, maximumFractionDigits: 1 }) }) } : null,
    [t, format],
  );
  const { items, add, clearFinished } = useUploadQueue(`/api/v1/investigations/${encodeURIComponent(investigationId)}/files`, precheck);
  const done = items.filter((item) => item.state === "done");
  const count = (kind: TFileOutcome["kind"]) => done.filter((item) => item.outcome?.kind === kind).length;

  return (
    <section aria-labelledby="upload-heading" className="space-y-4">
      <h2 id="upload-heading" className="text-lg font-semibold">{t("heading")}</h2>
      <DropZone onFiles={add} />
      <div className="rounded-lg border border-slate-200 bg-white">
        <div className="flex items-center justify-between gap-3 border-b border-slate-100 px-4 py-2">
          <h3 className="text-sm font-semibold text-slate-700">{t("list")}</h3>
          {done.length > 0 && (
            <button type="button" onClick={clearFinished} className="text-xs text-brand-700 hover:underline">{t("clear")}</button>
          )}
        </div>
        <p role="status" aria-live="polite" className="px-4 py-2 text-xs text-slate-600" data-testid="import-summary">
          {items.length === 0
            ? t("empty")
            : t("summary", { done: done.length, total: items.length, imported: count("imported"), duplicates: count("duplicate"), refused: count("refused") + count("failed") })}
        </p>
        {items.length > 0 && (
          <ul className="divide-y divide-slate-100 text-sm" data-testid="import-files">
            {items.map((item) => <FileRow key={item.id} item={item} />)}
          </ul>
        )}
      </div>
    </section>
  );
}
