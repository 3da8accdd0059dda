"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";

type Props = {
  label: string;
  submitLabel: string;
  initial?: string;
  autoFocus?: boolean;
  onSubmit: (body: string) => Promise<string | null>;
  onCancel?: () => void;
};

/** A Markdown textarea that sends on its button or Ctrl/Cmd+Enter; the server's error shows beneath. */
export function CommentComposer({ label, submitLabel, initial = "", autoFocus = false, onSubmit, onCancel }: Props) {
  const t = useTranslations("claim.comments");
  const id = useId();
  const [body, setBody] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async () => {
    if (pending) return;
    setPending(true);
    const failure = await onSubmit(body);
    setPending(false);
    setError(failure);
    if (!failure && !initial) setBody("");
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      className="space-y-1.5"
    >
      <label htmlFor={id} className="sr-only">{label}</label>
      <textarea
        id={id}
        value={body}
        rows={3}
        maxLength={10_000}
        autoFocus={autoFocus}
        placeholder={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-${error ? "error" : "hint"}`}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== "Enter" || !(e.ctrlKey || e.metaKey)) return;
          // Handled here so the verdict form's page-wide Ctrl+Enter does not also fire.
          e.preventDefault();
          void submit();
        }}
        className={`w-full rounded border px-3 py-2 text-sm focus:outline-none ${error ? "border-red-500" : "border-slate-300 focus:border-sky-600"}`}
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">{error}</p>
      ) : (
        <p id={`${id}-hint`} className="text-xs text-slate-500">{t("markdownHint")}</p>
      )}
      <div className="flex gap-2">
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-3 py-1 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50">
          {pending ? t("posting") : submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} className="rounded border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:bg-slate-100">
            {t("cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
