"use client";

import { useTranslations } from "next-intl";

/** Shown while the similar-claims code and list load (its own file, so it ships without them). */
export function SimilarClaimsLoading() {
  const t = useTranslations("matching.similar");
  return <p role="status" className="mt-2 text-slate-600">{t("loading")}</p>;
}
