import Link from "next/link";
import { useTranslations } from "next-intl";

/** A dashboard URL whose filters do not parse: say what is wrong and offer the unfiltered view. */
export function InvalidFilters({ message, resetHref }: { message: string; resetHref: string }) {
  const t = useTranslations("dashboard");
  return (
    <div role="alert" className="max-w-2xl space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4" data-testid="dashboard-invalid-filters">
      <h1 className="text-lg font-semibold">{t("invalidFilters")}</h1>
      <p className="text-sm text-slate-700">{message}</p>
      <Link href={resetHref} className="inline-block text-sm font-medium text-brand-700 hover:underline">{t("filters.reset")}</Link>
    </div>
  );
}
