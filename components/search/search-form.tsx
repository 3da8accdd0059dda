import { getTranslations } from "next-intl/server";

type Props = { q: string; investigationId: string | undefined; investigations: { id: string; name: string }[] };

/** The search page's own form: the query and, where there is a choice, one investigation. */
export async function SearchForm({ q, investigationId, investigations }: Props) {
  const t = await getTranslations("search");
  return (
    <form action="/search" role="search" aria-label={t("label")} className="flex flex-wrap items-end gap-3" data-testid="search-form">
      <div className="min-w-72 flex-1">
        <label htmlFor="search-q" className="block text-sm font-medium text-slate-700">{t("label")}</label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={q}
          required
          maxLength={200}
          placeholder={t("placeholder")}
          className="mt-1 w-full rounded border border-slate-300 px-3 py-2 text-base"
        />
      </div>
      {investigations.length > 1 && (
        <div>
          <label htmlFor="search-investigation" className="block text-sm font-medium text-slate-700">{t("investigation")}</label>
          <select id="search-investigation" name="investigationId" defaultValue={investigationId ?? ""} className="mt-1 max-w-72 rounded border border-slate-300 px-2 py-2 text-sm">
            <option value="">{t("allInvestigations")}</option>
            {investigations.map((inv) => (
              <option key={inv.id} value={inv.id}>{inv.name}</option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">{t("submit")}</button>
    </form>
  );
}
