import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LiveRefresh } from "@/components/live/live-refresh";
import type { TClaimDto } from "@/lib/claims/dto";
import type { TSourceDetail } from "@/lib/sources/get-source";
import type { TSuggestion } from "@/lib/suggestions/suggest-claims";
import { SourceMeta } from "./source-meta";
import { SourceWorkspace } from "./source-workspace";

type Props = { source: TSourceDetail; claims: TClaimDto[]; suggestions: TSuggestion[]; view: "clean" | "raw"; activeClaimId: string | null; focus?: { start: number; end: number } | null };

export async function SourceView({ source, claims, suggestions, view, activeClaimId, focus = null }: Props) {
  const t = await getTranslations();
  return (
    <article>
      <div className="flex items-center justify-between">
        <Link href="/" className="text-sm text-brand-700 hover:underline">← {t("source.back")}</Link>
        <LiveRefresh sourceId={source.id} connectedLabel={t("live.connected")} reconnectingLabel={t("live.reconnecting")} />
      </div>
      <p className="mt-4 text-sm text-slate-500">{source.investigation.name}</p>
      <h1 lang={source.primaryLanguage} className="mt-1 text-2xl leading-snug font-semibold">{source.title}</h1>
      {source.summary && <p lang={source.primaryLanguage} className="mt-3 max-w-[48em] text-slate-600">{source.summary}</p>}
      <div role="tablist" aria-label={t("source.view")} className="mt-6 flex gap-1 border-b border-slate-200 text-sm">
        <ViewTab href={`/sources/${source.id}`} selected={view === "clean"} label={t("source.cleanText")} />
        <ViewTab href={`/sources/${source.id}?view=raw`} selected={view === "raw"} label={t("source.rawText")} />
      </div>
      {view === "clean" ? (
        <SourceWorkspace sourceId={source.id} text={source.cleanText} lang={source.primaryLanguage} claims={claims} suggestions={suggestions} initialActiveId={activeClaimId} focus={focus}>
          <SourceMeta source={source} />
        </SourceWorkspace>
      ) : (
        <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div>
            <p className="mb-2 text-xs text-slate-500">{t("source.rawHint")}</p>
            <pre lang={source.primaryLanguage} data-testid="raw-text" className="max-h-[70vh] overflow-auto rounded border border-slate-200 bg-white p-4 font-mono text-sm leading-relaxed whitespace-pre-wrap">
              {source.rawText}
            </pre>
          </div>
          <aside>
            <SourceMeta source={source} />
          </aside>
        </div>
      )}
    </article>
  );
}

function ViewTab({ href, selected, label }: { href: string; selected: boolean; label: string }) {
  return (
    <Link
      href={href}
      role="tab"
      aria-selected={selected}
      className={`-mb-px border-b-2 px-3 py-2 ${selected ? "border-brand-600 font-medium text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
    >
      {label}
    </Link>
  );
}
