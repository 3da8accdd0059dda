"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TClaimDto } from "@/lib/claims/dto";
import type { TSuggestion } from "@/lib/suggestions/suggest-claims";
import { SuggestionCard } from "./suggestion-card";

type Props = {
  sourceId: string;
  text: string;
  lang: string;
  suggestions: TSuggestion[];
  onPreview: (span: { start: number; end: number } | null, scroll: boolean) => void;
  onCreated: (claim: TClaimDto) => void;
};

/** The source's most check-worthy sentences without a claim; folded away on narrow screens until asked for. */
export function SuggestionPanel({ sourceId, text, lang, suggestions, onPreview, onCreated }: Props) {
  const t = useTranslations("suggestions");
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="suggestions-heading" data-testid="suggestion-panel">
      <div className="mb-2 flex items-baseline justify-between gap-2">
        <h2 id="suggestions-heading" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
          {t("heading")} <span className="font-normal normal-case">· {t("count", { count: suggestions.length })}</span>
        </h2>
        <button type="button" onClick={() => setOpen(!open)} aria-expanded={open} aria-controls="suggestion-list" className="text-xs text-brand-700 hover:underline lg:hidden">
          {open ? t("hide") : t("show")}
        </button>
      </div>
      <div id="suggestion-list" className={open ? "" : "hidden lg:block"}>
        {suggestions.length === 0 ? (
          <p className="text-sm text-slate-500">{t("empty")}</p>
        ) : (
          <>
            <p className="mb-2 text-xs text-slate-500">{t("hint")}</p>
            <ol className="space-y-2">
              {suggestions.map((s) => (
                <SuggestionCard key={s.start} suggestion={s} sourceId={sourceId} text={text} lang={lang} onPreview={onPreview} onCreated={onCreated} />
              ))}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}
