import { getTranslations } from "next-intl/server";

/** The header's search field: a plain GET form, so it works before (and without) any script. */
export async function SearchBox() {
  const t = await getTranslations("search");
  return (
    <form action="/search" role="search" aria-label={t("label")} className="flex items-center" data-testid="header-search">
      <label htmlFor="header-search-q" className="sr-only">{t("label")}</label>
      <input
        id="header-search-q"
        name="q"
        type="search"
        required
        maxLength={200}
        placeholder={t("headerPlaceholder")}
        className="w-28 rounded border border-slate-300 bg-slate-50 px-2.5 py-1 text-sm placeholder:text-slate-500 focus:w-56 focus:bg-white motion-safe:transition-[width]"
      />
      <button type="submit" className="sr-only">{t("submit")}</button>
    </form>
  );
}
