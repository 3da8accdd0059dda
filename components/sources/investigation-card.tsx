import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TInvestigationSummary } from "@/lib/investigations/list-investigations";
import { LanguageBadges } from "./language-badges";
import { PublishedDate } from "./published-date";

export async function InvestigationCard({ investigation, canImport = false }: { investigation: TInvestigationSummary; canImport?: boolean }) {
  const [t, tImports] = await Promise.all([getTranslations("home"), getTranslations("imports")]);
  return (
    <section
      aria-labelledby={`inv-${investigation.id}`}
      className="rounded-lg border border-slate-200 bg-white shadow-sm"
      data-testid="investigation"
    >
      <header className="border-b border-slate-100 px-5 py-4">
        <div className="flex items-start justify-between gap-4">
          <h2 id={`inv-${investigation.id}`} className="text-lg font-semibold">
            {investigation.name}
          </h2>
          {canImport && (
            <Link href={`/investigations/${investigation.id}/import`} aria-describedby={`inv-${investigation.id}`} className="shrink-0 rounded border border-brand-600 px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50">
              {tImports("title")}
            </Link>
          )}
        </div>
        {investigation.description && <p className="mt-1 text-sm text-slate-600">{investigation.description}</p>}
        <p className="mt-1 text-xs text-slate-500">{t("sourceCount", { count: investigation.sources.length })}</p>
      </header>
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-5 py-2 font-medium">{t("columns.title")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("columns.publisher")}</th>
            <th scope="col" className="px-3 py-2 font-medium whitespace-nowrap">{t("columns.published")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("columns.languages")}</th>
            <th scope="col" className="px-5 py-2 text-right font-medium">{t("columns.claims")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {investigation.sources.map((source) => (
            <tr key={source.id} data-testid="source-row" className="align-top hover:bg-slate-50">
              <td className="px-5 py-3">
                <Link href={`/sources/${source.id}`} className="font-medium text-brand-700 hover:underline">
                  {source.title}
                </Link>
              </td>
              <td className="px-3 py-3 text-slate-700">
                {source.publisher ?? <span className="text-slate-400">{t("unknownPublisher")}</span>}
              </td>
              <td className="px-3 py-3 whitespace-nowrap text-slate-700">
                <PublishedDate at={source.publishedAt} hasTime={source.publishedHasTime} />
              </td>
              <td className="px-3 py-3">
                <LanguageBadges languages={source.languages} />
              </td>
              <td className="px-5 py-3 text-right tabular-nums text-slate-700">{source.claimCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
