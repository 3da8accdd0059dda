"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type DragEvent } from "react";

export const ACCEPTED_TYPES = ".txt,.md,.html,.htm,text/plain,text/markdown,text/html";

/** A drop target that is also a plain file input, so keyboard and screen-reader users get the same. */
export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const t = useTranslations("imports.files");
  const inputId = useId();
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };

  return (
    <div
      data-testid="drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      className={`flex flex-col items-center gap-2 rounded-lg border-2 border-dashed px-6 py-8 text-center transition-colors ${
        over ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"
      }`}
    >
      <p className="text-sm font-medium text-slate-700" aria-hidden="true">{over ? t("dropActive") : t("drop")}</p>
      <p className="text-xs text-slate-500" aria-hidden="true">{t("or")}</p>
      <input
        id={inputId}
        type="file"
        multiple
        accept={ACCEPTED_TYPES}
        className="peer sr-only"
        aria-describedby={`${inputId}-hint`}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared so that choosing the same file again still fires a change (it is then a duplicate).
          event.target.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
      <label
        htmlFor={inputId}
        className="cursor-pointer rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 peer-focus-visible:ring-2 peer-focus-visible:ring-brand-600 peer-focus-visible:ring-offset-2"
      >
        {t("choose")}
      </label>
      <p id={`${inputId}-hint`} className="text-xs text-slate-500">{t("hint")}</p>
    </div>
  );
}
