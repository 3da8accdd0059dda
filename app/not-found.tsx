import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("notFound")}</p>
      {/* A plain link: next/link here would put its client code (3 kB gzip) in every page's first load. */}
      <a href="/" className="mt-6 inline-block text-brand-700 hover:underline">
        {t("home")}
      </a>
    </main>
  );
}
