import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TSourceDetail } from "@/lib/sources/get-source";
import { LanguageBadges } from "./language-badges";
import { PublishedDate } from "./published-date";
import { SourceText } from "./source-text";

export async function SourceView({ source, view }: { source: TSourceDetail; view: "clean" | "raw" }) {
  const [t, format] = await Promise.all([getTranslations("source"), getFormatter()]);
  const imported = format.dateTime(source.importedAt, { dateStyle: "medium", timeStyle: "short" });
  return (
    <article className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <div className="min-w-0">
        <Link href="/" className="text-sm text-brand-700 hover:underline">
          ← {t("back")}
        </Link>
        <p className="mt-4 text-sm text-slate-500">{source.investigation.name}</p>
        <h1 lang={source.primaryLanguage} className="mt-1 text-2xl leading-snug font-semibold">
          {source.title}
        </h1>
        {source.summary && (
          <p lang={source.primaryLanguage} className="mt-3 text-slate-600">
            {source.summary}
          </p>
        )}
        <div role="tablist" aria-label={t("view")} className="mt-6 flex gap-1 border-b border-slate-200 text-sm">
          <ViewTab href={`/sources/${source.id}`} selected={view === "clean"} label={t("cleanText")} />
          <ViewTab href={`/sources/${source.id}?view=raw`} selected={view === "raw"} label={t("rawText")} />
        </div>
        {view === "clean" ? (
          <SourceText text={source.cleanText} lang={source.primaryLanguage} />
        ) : (
          <div className="mt-6">
            <p className="mb-2 text-xs text-slate-500">{t("rawHint")}</p>
            <pre
              lang={source.primaryLanguage}
              data-testid="raw-text"
              className="max-h-[70vh] overflow-auto rounded border border-slate-200 bg-white p-4 font-mono text-sm leading-relaxed whitespace-pre-wrap"
            >
              {source.rawText}
            </pre>
          </div>
        )}
      </div>
      <aside className="space-y-4 text-sm lg:pt-16" aria-label={t("view")}>
        <Meta label={t("publisher")}>{source.publisher ?? "—"}</Meta>
        <Meta label={t("published")}>
          <PublishedDate at={source.publishedAt} hasTime={source.publishedHasTime} />
        </Meta>
        <Meta label={t("languages")}>
          <LanguageBadges languages={source.languages} />
        </Meta>
        {source.url && (
          <Meta label={t("original")}>
            <a href={source.url} rel="noopener noreferrer nofollow" target="_blank" className="break-all text-brand-700 hover:underline">
              {source.url}
            </a>
          </Meta>
        )}
        <Meta label={t("format")}>{source.fileName ? `${source.format} · ${source.fileName}` : source.format}</Meta>
        <Meta label={t("hash")}>
          <code className="break-all text-xs text-slate-500">{source.contentHash.slice(0, 16)}…</code>
        </Meta>
        <p className="text-xs text-slate-500">
          {source.importedBy
            ? t("imported", { date: imported, name: source.importedBy.name })
            : t("importedNoUser", { date: imported })}
        </p>
      </aside>
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

function Meta({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <div className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</div>
      <div className="mt-0.5 text-slate-800">{children}</div>
    </div>
  );
}
