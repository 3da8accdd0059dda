"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { TPassageMatch } from "@/lib/matching/find-matches";
import type { TSharedTerms } from "@/lib/matching/shared-terms";
import type { TStance } from "@/lib/verdicts/verdict-form-model";
import { MarkedText } from "./marked-text";
import { useJson } from "./use-json";

type TState = { status: "loading" } | { status: "failed"; message: string } | { status: "ready"; items: TPassageMatch[] };

type Props = {
  claimId: string;
  isCited: (match: TPassageMatch) => boolean;
  onCite: (match: TPassageMatch, stance: TStance) => void;
  onShow: (match: TPassageMatch) => void;
};

/**
 * Passages in the other sources that speak to the claim, across scripts and languages, with the
 * shared terms marked and a suggested stance that the reviewer confirms by citing.
 */
export function MatchSuggestions({ claimId, isCited, onCite, onShow }: Props) {
  const t = useTranslations("matching");
  const load = useJson<{ items: TPassageMatch[] }>(`/api/v1/claims/${encodeURIComponent(claimId)}/matches?limit=5`);
  const state: TState = load.status === "ready" ? { status: "ready", items: load.data.items } : load;

  return (
    <section aria-labelledby="match-suggestions-title" className="rounded border border-amber-200 bg-amber-50/60 p-3" data-testid="match-suggestions">
      <h4 id="match-suggestions-title" className="text-sm font-semibold text-amber-950">{t("heading")}</h4>
      <p className="text-xs text-amber-900/80">{t("intro")}</p>
      {state.status === "loading" && <p role="status" className="mt-2 text-sm text-slate-600">{t("loading")}</p>}
      {state.status === "failed" && <p role="alert" className="mt-2 text-sm text-red-700">{t("failed", { message: state.message })}</p>}
      {state.status === "ready" && state.items.length === 0 && <p className="mt-2 text-sm text-slate-600">{t("none")}</p>}
      {state.status === "ready" && state.items.length > 0 && (
        <ol className="mt-2 space-y-2">
          {state.items.map((match) => (
            <li key={match.passageId} className="rounded border border-amber-100 bg-white p-2" data-testid="match-suggestion">
              <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                <span className="font-medium text-slate-800" lang={match.sourceLanguage}>{match.sourceTitle}</span>
                <span aria-label={t("scoreLabel")} title={t("scoreHint")}>{t("score", { score: Math.round(match.score * 100) })}</span>
                {match.stance && (
                  <span className={`rounded px-1.5 py-0.5 font-medium ${match.stance === "SUPPORTS" ? "bg-emerald-100 text-emerald-900" : "bg-red-100 text-red-900"}`} data-testid="match-stance" data-stance={match.stance} title={match.stanceCues.length ? t("cues", { cues: match.stanceCues.join(", ") }) : undefined}>
                    {t(match.stance === "SUPPORTS" ? "suggestsSupports" : "suggestsRefutes")}
                  </span>
                )}
              </div>
              <p className="mt-1 font-serif text-[0.95rem] leading-relaxed text-slate-900" data-testid="match-text">
                <MarkedText text={match.text} spans={match.highlights} lang={match.sourceLanguage} />
              </p>
              <SharedLine shared={match.shared} lang={match.sourceLanguage} />
              <div className="mt-1.5 flex flex-wrap items-center gap-2">
                {isCited(match) ? (
                  <span className="text-xs font-medium text-slate-600">{t("cited")}</span>
                ) : (
                  (["SUPPORTS", "REFUTES"] as const).map((stance) => (
                    <button
                      key={stance}
                      type="button"
                      onClick={() => onCite(match, stance)}
                      data-testid={`cite-${stance.toLowerCase()}`}
                      className={`rounded px-2 py-0.5 text-xs font-medium ${stance === "SUPPORTS" ? "border border-emerald-700 text-emerald-800 hover:bg-emerald-50" : "border border-red-700 text-red-800 hover:bg-red-50"} ${match.stance === stance ? "ring-2 ring-offset-1 ring-amber-400" : ""}`}
                    >
                      {t(stance === "SUPPORTS" ? "citeSupports" : "citeRefutes")}
                    </button>
                  ))
                )}
                <button type="button" onClick={() => onShow(match)} className="ml-auto text-xs text-sky-800 underline-offset-2 hover:underline">
                  {t("showInSource")}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const SHARED_KINDS = ["names", "figures", "meanings"] as const;
const LONE_HAN = /^\p{Script=Han}$/u;

/**
 * Why the passage was suggested, in its own words: "In common: names 烏克蘭 and 北約 · figures
 * 2014 · meaning 邊界". Lone Chinese characters (年, 入) stay marked in the text but are too
 * vague to list as a reason.
 */
function SharedLine({ shared, lang }: { shared: TSharedTerms; lang: string }) {
  const t = useTranslations("matching.shared");
  const format = useFormatter();
  const parts = SHARED_KINDS.map((kind) => [kind, shared[kind].filter((term) => !LONE_HAN.test(term))] as const).filter(([, terms]) => terms.length > 0);
  if (parts.length === 0) return null;
  return (
    <p className="mt-1 flex flex-wrap gap-x-1.5 text-xs text-slate-600" data-testid="match-shared">
      <span className="font-medium text-slate-700">{t("label")}</span>
      {parts.map(([kind, terms], i) => (
        <span key={kind} data-kind={kind}>
          {i > 0 && "· "}
          {t(kind)} <span lang={lang} className="text-slate-900">{format.list(terms, { type: "conjunction" })}</span>
        </span>
      ))}
    </p>
  );
}
