import { getFormatter, getTranslations } from "next-intl/server";
import { IsolatedText } from "@/components/ui/isolated-text";
import { safeLinkHref } from "@/lib/comments/safe-link";
import type { TSourceDetail } from "@/lib/sources/get-source";
import { LanguageBadges } from "./language-badges";
import { PublishedDate } from "./published-date";

export async function SourceMeta({ source }: { source: TSourceDetail }) {
  const [t, format] = await Promise.all([getTranslations("source"), getFormatter()]);
  const imported = format.dateTime(source.importedAt, { dateStyle: "medium", timeStyle: "short" });
  // The URL comes from the imported file (front matter, og:url) as well as the form, so only
  // http(s) becomes a link; anything else (javascript:, data:) is shown as text.
  const href = source.url ? safeLinkHref(source.url) : null;
  return (
    <section className="space-y-3 border-t border-slate-200 pt-4 text-sm" aria-label={t("details")}>
      <Meta label={t("publisher")}><bdi>{source.publisher ?? "—"}</bdi></Meta>
      <Meta label={t("published")}>
        <PublishedDate at={source.publishedAt} hasTime={source.publishedHasTime} />
      </Meta>
      <Meta label={t("languages")}>
        <LanguageBadges languages={source.languages} />
      </Meta>
      {source.url && (
        <Meta label={t("original")}>
          {href ? (
            <a href={href} rel="noopener noreferrer nofollow" target="_blank" className="break-all text-brand-700 hover:underline"><bdi>{source.url}</bdi></a>
          ) : (
            <bdi className="break-all" data-testid="unsafe-url">{source.url}</bdi>
          )}
        </Meta>
      )}
      <Meta label={t("format")}>{source.fileName ? `${source.format} · ${source.fileName}` : source.format}</Meta>
      <Meta label={t("hash")}>
        <code className="break-all text-xs text-slate-500">{source.contentHash.slice(0, 16)}…</code>
      </Meta>
      <p className="text-xs text-slate-500">
        {source.importedBy ? <IsolatedText values={[source.importedBy.name]} render={([name]) => t("imported", { date: imported, name: name! })} /> : t("importedNoUser", { date: imported })}
      </p>
    </section>
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
