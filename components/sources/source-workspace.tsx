"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useState } from "react";
import { AnnotatedText, type THighlight } from "@/components/annotation/annotated-text";
import { ClaimList } from "@/components/claims/claim-list";
import { NewClaimForm } from "@/components/claims/new-claim-form";
import { SuggestionPanel } from "@/components/suggestions/suggestion-panel";
import type { TAnchor } from "@/lib/claims/anchor";
import type { TClaimDto } from "@/lib/claims/dto";
import type { TSuggestion } from "@/lib/suggestions/suggest-claims";

type TSpan = { start: number; end: number };
type Props = { sourceId: string; text: string; lang: string; claims: TClaimDto[]; suggestions: TSuggestion[]; initialActiveId: string | null; focus?: TSpan | null; children?: React.ReactNode };

// The passage a search result links to (?at=start-end), marked like a highlight that is no claim.
const FOCUS_ID = "search-passage";

/**
 * The reading column with claim highlights; selecting words offers "New claim" beside the text,
 * and suggested sentences become claims in one click, pinned the same way.
 */
export function SourceWorkspace({ sourceId, text, lang, claims: serverClaims, suggestions: serverSuggestions, initialActiveId, focus = null, children }: Props) {
  const t = useTranslations("sourceClaims");
  const router = useRouter();
  const [selection, setSelection] = useState<TAnchor | null>(null);
  const [activeId, setActiveId] = useState<string | null>(initialActiveId);
  const [created, setCreated] = useState<TClaimDto[]>([]);
  const [preview, setPreview] = useState<{ span: TSpan; scroll: boolean } | null>(null);
  const claims = useMemo(() => [...serverClaims, ...created.filter((c) => !serverClaims.some((s) => s.id === c.id))], [serverClaims, created]);
  // Primitives, not the object: a live refresh re-renders with an equal but new one, and must not scroll again.
  const [focusStart, focusEnd] = [focus?.start, focus?.end];
  const highlights = useMemo<THighlight[]>(
    () => [
      ...claims.flatMap((c) => (c.orphaned || c.selector.start === null || c.selector.end === null ? [] : [{ id: c.id, start: c.selector.start, end: c.selector.end }])),
      ...(focusStart !== undefined && focusEnd !== undefined ? [{ id: FOCUS_ID, start: focusStart, end: focusEnd, tone: "found" as const }] : []),
    ],
    [claims, focusStart, focusEnd],
  );

  const focusClaim = useCallback((id: string) => {
    setActiveId(id);
    document.querySelector(`mark[data-claim-ids~="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, []);
  useEffect(() => {
    if (initialActiveId) focusClaim(initialActiveId);
    else if (focusStart !== undefined) document.querySelector(`mark[data-claim-ids~="${FOCUS_ID}"]`)?.scrollIntoView({ block: "center" });
  }, [initialActiveId, focusClaim, focusStart]);
  useEffect(() => {
    if (preview?.scroll) document.querySelector('[data-testid="suggestion-preview"]')?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [preview]);

  // Until the refreshed page arrives, a sentence a claim now covers is no longer a suggestion.
  const suggestions = useMemo(
    () => serverSuggestions.filter((s) => !highlights.some((h) => h.id !== FOCUS_ID && h.start < s.end && s.start < h.end)),
    [serverSuggestions, highlights],
  );
  const onCreated = (claim: TClaimDto) => {
    setCreated((list) => [...list, claim]);
    setActiveId(claim.id);
    setPreview(null);
    router.refresh();
  };

  const active = claims.find((c) => c.id === activeId);
  return (
    <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <AnnotatedText
        text={text}
        lang={lang}
        highlights={highlights}
        preview={preview?.span ?? null}
        activeId={activeId}
        onSelect={setSelection}
        onHighlightClick={focusClaim}
        testId="clean-text"
        className="max-w-[42em] font-serif text-[1.0625rem] text-slate-900 selection:bg-sky-200"
      />
      <aside className="space-y-6 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto" aria-label={t("panel")}>
        {selection ? (
          <NewClaimForm
            sourceId={sourceId}
            anchor={selection}
            lang={lang}
            onCancel={() => setSelection(null)}
            onCreated={(claim) => {
              setSelection(null);
              window.getSelection()?.removeAllRanges();
              onCreated(claim);
            }}
          />
        ) : (
          <p className="rounded border border-dashed border-slate-300 p-3 text-xs text-slate-500">{t("selectHint")}</p>
        )}
        {active && (
          <a href={`/claims/${active.id}`} className="block rounded bg-brand-600 px-3 py-2 text-center text-sm font-medium text-white hover:bg-brand-700" data-testid="open-active-claim">
            {t("reviewActive")}
          </a>
        )}
        <SuggestionPanel
          sourceId={sourceId}
          text={text}
          lang={lang}
          suggestions={suggestions}
          onPreview={(span, scroll) => setPreview(span ? { span, scroll } : null)}
          onCreated={onCreated}
        />
        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading" className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("heading", { count: claims.length })}</h2>
          <ClaimList claims={claims} activeId={activeId} lang={lang} onFocus={focusClaim} />
        </section>
        {children}
      </aside>
    </div>
  );
}
