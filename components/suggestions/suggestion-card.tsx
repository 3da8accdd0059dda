"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { postClaim } from "@/components/claims/post-claim";
import { ApiError } from "@/components/lib/api-client";
import { describeSelection } from "@/lib/claims/anchor";
import type { TClaimDto } from "@/lib/claims/dto";
import type { TSuggestion } from "@/lib/suggestions/suggest-claims";
import { isPenalty } from "@/lib/suggestions/weights";

type Props = {
  suggestion: TSuggestion;
  sourceId: string;
  /** The source's clean text, to anchor the sentence exactly as a selection would be. */
  text: string;
  lang: string;
  onPreview: (span: { start: number; end: number } | null, scroll: boolean) => void;
  onCreated: (claim: TClaimDto) => void;
};

/** One suggested sentence: its score, why, and a button that pins it as a claim. */
export function SuggestionCard({ suggestion, sourceId, text, lang, onPreview, onCreated }: Props) {
  const t = useTranslations("suggestions");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const span = { start: suggestion.start, end: suggestion.end };
  const percent = Math.round(suggestion.score * 100);

  async function makeClaim() {
    setPending(true);
    setError(null);
    try {
      onCreated(await postClaim(sourceId, suggestion.text, describeSelection(text, suggestion.start, suggestion.end)));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t("failed"));
      setPending(false);
    }
  }

  return (
    <li
      data-testid="suggestion"
      data-start={suggestion.start}
      data-end={suggestion.end}
      onMouseEnter={() => onPreview(span, false)}
      onMouseLeave={() => onPreview(null, false)}
      onFocus={() => onPreview(span, true)}
      onBlur={() => onPreview(null, false)}
      className="rounded border border-slate-200 bg-white p-3 text-sm hover:border-sky-300 focus-within:border-sky-400"
    >
      <p lang={lang} className="line-clamp-3 text-slate-900" data-testid="suggestion-text">{suggestion.text}</p>
      <div className="mt-2 flex items-center gap-2 text-xs text-slate-500">
        <div role="meter" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100} aria-label={t("score", { score: percent })} className="h-1.5 flex-1 overflow-hidden rounded bg-slate-100">
          <div className="h-full rounded bg-sky-500" style={{ width: `${percent}%` }} />
        </div>
        <span aria-hidden title={t("score", { score: percent })} className="w-7 text-right tabular-nums" data-testid="suggestion-score">{percent}</span>
      </div>
      <ul className="mt-2 flex flex-wrap gap-1">
        {suggestion.reasons.map((reason) => {
          const label = t(`reasons.${reason.code}`);
          return (
            <li
              key={reason.code}
              data-testid="suggestion-reason"
              data-code={reason.code}
              className={`rounded-full px-2 py-0.5 text-xs ${isPenalty(reason.code) ? "bg-amber-50 text-amber-900" : "bg-sky-50 text-sky-900"}`}
            >
              {reason.detail ? t.rich("chip", { label, detail: reason.detail, d: (words) => <span lang={lang}>{words}</span> }) : label}
            </li>
          );
        })}
      </ul>
      {error && <p role="alert" className="mt-2 text-xs text-red-700">{error}</p>}
      <button
        type="button"
        onClick={makeClaim}
        disabled={pending}
        data-testid="make-claim"
        className="mt-2 rounded bg-brand-600 px-2.5 py-1 text-xs font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? t("making") : t("makeClaim")}
      </button>
    </li>
  );
}
