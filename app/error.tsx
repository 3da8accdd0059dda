"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t("genericTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("generic")}</p>
      <button type="button" onClick={reset} className="mt-6 rounded border border-slate-300 px-4 py-2 hover:bg-slate-100">
        {t("retry")}
      </button>
    </main>
  );
}
