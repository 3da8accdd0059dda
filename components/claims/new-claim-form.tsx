"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { ApiError } from "@/components/lib/api-client";
import type { TClaimDto } from "@/lib/claims/dto";
import type { TAnchor } from "@/lib/claims/anchor";
import { postClaim } from "./post-claim";

type Props = { sourceId: string; anchor: TAnchor; lang: string; onCreated: (claim: TClaimDto) => void; onCancel: () => void };

/** The claim text starts as the quote; reviewers reword it into a checkable statement. */
export function NewClaimForm({ sourceId, anchor, lang, onCreated, onCancel }: Props) {
  const t = useTranslations("sourceClaims");
  const [text, setText] = useState(anchor.quote.exact);
  const [error, setError] = useState<{ field?: string; form?: string }>({});
  const [pending, setPending] = useState(false);
  const textArea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => setText(anchor.quote.exact), [anchor.quote.exact]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return setError({ field: t("textRequired") });
    setPending(true);
    try {
      onCreated(await postClaim(sourceId, text, anchor));
    } catch (e) {
      const apiError = e instanceof ApiError ? e : null;
      const field = apiError?.fieldMessage("text");
      setError(field ? { field } : { form: apiError?.message ?? t("failed") });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-3 rounded-lg border border-sky-200 bg-sky-50 p-4" aria-labelledby="new-claim-title" data-testid="new-claim-form">
      <h2 id="new-claim-title" className="text-sm font-semibold text-sky-900">{t("newClaim")}</h2>
      <blockquote lang={lang} className="border-l-4 border-amber-300 bg-white px-3 py-2 text-sm text-slate-800">{anchor.quote.exact}</blockquote>
      <div>
        <label htmlFor="claim-text" className="block text-xs font-medium text-slate-700">{t("claimText")}</label>
        <textarea
          id="claim-text"
          ref={textArea}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => (e.ctrlKey || e.metaKey) && e.key === "Enter" && submit(e)}
          rows={3}
          lang={lang}
          aria-invalid={error.field ? true : undefined}
          aria-describedby={error.field ? "claim-text-error" : "claim-text-hint"}
          className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm aria-invalid:border-red-500"
        />
        {error.field ? <p id="claim-text-error" className="mt-1 text-xs text-red-700">{error.field}</p> : <p id="claim-text-hint" className="mt-1 text-xs text-slate-500">{t("claimTextHint")}</p>}
      </div>
      {error.form && <p role="alert" className="text-sm text-red-700">{error.form}</p>}
      <div className="flex gap-2">
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? t("creating") : t("create")}
        </button>
        <button type="button" onClick={onCancel} className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">{t("cancel")}</button>
      </div>
    </form>
  );
}
