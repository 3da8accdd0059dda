import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TSearchResult } from "@/lib/search/dto";

/** Which spellings each word was searched as, so a reader knows why 澤倫斯基 matched 泽连斯基. */
export async function SearchedTerms({ terms }: { terms: TSearchResult["terms"] }) {
  const [t, format] = await Promise.all([getTranslations("search"), getFormatter()]);
  // Query words and alias-table names are untrusted text: each in its own <bdi>.
  const b = (chunks: React.ReactNode) => <strong className="font-medium text-slate-900"><bdi>{chunks}</bdi></strong>;
  return (
    <section aria-labelledby="searched-heading" className="rounded-md border border-slate-200 bg-white p-4 text-sm text-slate-700" data-testid="search-terms">
      <h2 id="searched-heading" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("searchedHeading")}</h2>
      <ul className="mt-2 space-y-1">
        {terms.map((entry) => {
          const others = entry.forms.filter((form) => form !== entry.term);
          return (
            <li key={entry.term} data-testid="search-term">
              {others.length > 0
                ? t.rich("alsoSearched", { b, term: entry.term, forms: () => <>{format.list(others.map((form) => <bdi key={form}>{form}</bdi>), { type: "conjunction" })}</> })
                : t.rich("searchedAsIs", { b, term: entry.term })}
            </li>
          );
        })}
      </ul>
      <p className="mt-2 text-xs text-slate-500">
        {t.rich("aliasLink", { link: (chunks) => <Link href="/entities" className="text-brand-700 underline">{chunks}</Link> })}
      </p>
    </section>
  );
}
