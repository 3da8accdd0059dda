"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState, type RefObject } from "react";
import { AnnotatedText, type THighlight } from "@/components/annotation/annotated-text";
import { MatchSuggestions } from "@/components/matching/match-suggestions";
import type { TAnchor } from "@/lib/claims/anchor";
import type { TSourceRef } from "@/lib/claims/claim-context";
import { isAlreadyCited, type TFormEvidence, type TStance } from "@/lib/verdicts/verdict-form-model";
import { useSourceText } from "./use-source-text";

type Props = {
  claimId: string;
  sources: TSourceRef[];
  evidence: TFormEvidence[];
  selectRef: RefObject<HTMLSelectElement | null>;
  onAdd: (passage: Omit<TFormEvidence, "key" | "note">) => void;
  onClose: () => void;
};

/** Pick another source, select words in its clean text, and cite them as supporting or refuting. */
export function EvidencePicker({ claimId, sources, evidence, selectRef, onAdd, onClose }: Props) {
  const t = useTranslations("claim.evidence");
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [selection, setSelection] = useState<TAnchor | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // A suggested passage the reviewer asked to see in its source: outlined and scrolled to.
  const [shown, setShown] = useState<{ sourceId: string; start: number; end: number } | null>(null);
  const text = useSourceText(sourceId);
  const source = sources.find((s) => s.id === sourceId);

  // Opening the picker (button or the `e` shortcut) puts the keyboard on its first control.
  useEffect(() => selectRef.current?.focus(), [selectRef]);
  useEffect(() => {
    if (shown && text.status === "ready") document.querySelector('[data-testid="evidence-picker"] [data-testid="suggestion-preview"]')?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [shown, text.status]);

  const highlights = useMemo<THighlight[]>(
    () =>
      evidence
        .filter((e): e is TFormEvidence & { start: number; end: number } => e.sourceId === sourceId && e.start !== null && e.end !== null)
        .map((e) => ({ id: e.key, start: e.start, end: e.end, tone: e.stance === "SUPPORTS" ? "supports" : "refutes" })),
    [evidence, sourceId],
  );

  const add = (stance: TStance) => {
    if (!selection || !source) return;
    const { start, end } = selection.position;
    if (isAlreadyCited(evidence, { sourceId: source.id, start, end })) return setNotice(t("duplicate"));
    onAdd({ sourceId: source.id, sourceTitle: source.title, start, end, ...selection.quote, stance });
    window.getSelection()?.removeAllRanges();
    setSelection(null);
    setNotice(null);
  };

  return (
    <section aria-labelledby="evidence-picker-title" className="rounded-md border border-sky-200 bg-sky-50/50 p-3" data-testid="evidence-picker">
      <div className="flex items-center gap-2">
        <h3 id="evidence-picker-title" className="text-sm font-semibold text-sky-900">{t("pickerHeading")}</h3>
        <button type="button" onClick={onClose} className="ml-auto rounded px-2 py-0.5 text-xs text-slate-600 hover:bg-slate-200">
          {t("close")}
        </button>
      </div>
      {sources.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("noSources")}</p>
      ) : (
        <>
          <label htmlFor="evidence-source" className="mt-2 block text-xs font-medium text-slate-700">{t("source")}</label>
          <select
            id="evidence-source"
            ref={selectRef}
            value={sourceId ?? ""}
            onChange={(e) => {
              setSourceId(e.target.value || null);
              setSelection(null);
              setNotice(null);
            }}
            className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            <option value="">{t("chooseSource")}</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id} lang={s.lang}>{s.title}</option>
            ))}
          </select>
        </>
      )}
      {text.status === "loading" && <p className="mt-3 text-sm text-slate-500" role="status">{t("loading")}</p>}
      {text.status === "failed" && <p className="mt-3 text-sm text-red-700" role="alert">{t("loadFailed")} {text.message}</p>}
      {text.status === "ready" && (
        <>
          <p className="mt-3 text-xs text-slate-600">{t("selectHint")}</p>
          <div className="mt-1 max-h-80 overflow-y-auto rounded border border-slate-200 bg-white p-4 font-serif text-[0.95rem] text-slate-900" tabIndex={0} aria-label={source?.title}>
            <AnnotatedText text={text.text} lang={text.lang} highlights={highlights} preview={shown?.sourceId === sourceId ? shown : null} onSelect={setSelection} testId="evidence-source-text" />
          </div>
          <div className="mt-2 flex flex-wrap items-center gap-2" aria-live="polite">
            <button type="button" disabled={!selection} onClick={() => add("SUPPORTS")} className="rounded bg-emerald-700 px-3 py-1 text-sm font-medium text-white hover:bg-emerald-800 disabled:opacity-40">
              {t("addSupports")}
            </button>
            <button type="button" disabled={!selection} onClick={() => add("REFUTES")} className="rounded bg-red-700 px-3 py-1 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-40">
              {t("addRefutes")}
            </button>
            {selection && (
              <span lang={text.lang} className="min-w-0 flex-1 truncate text-xs text-slate-600">
                {t("selection", { quote: selection.quote.exact })}
              </span>
            )}
            {notice && <span className="text-xs text-amber-800">{notice}</span>}
          </div>
        </>
      )}
      {/* Below the text, so suggestions arriving never move words the reviewer is selecting. */}
      <div className="mt-3">
        <MatchSuggestions
          claimId={claimId}
          isCited={(m) => isAlreadyCited(evidence, { sourceId: m.sourceId, start: m.start, end: m.end })}
          onCite={(m, stance) => onAdd({ sourceId: m.sourceId, sourceTitle: m.sourceTitle, start: m.start, end: m.end, exact: m.text, prefix: "", suffix: "", stance })}
          onShow={(m) => {
            setSourceId(m.sourceId);
            setShown({ sourceId: m.sourceId, start: m.start, end: m.end });
            setSelection(null);
            setNotice(null);
          }}
        />
      </div>
    </section>
  );
}
