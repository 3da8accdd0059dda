import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/layout/page-shell";
import { LabelBadge } from "@/components/verdicts/label-badge";
import { REPORT_SCHEMA_PATH } from "@/lib/reports/report-schema";
import { RATING, RATING_SCALE } from "@/lib/reports/rows";
import { getActor } from "@/lib/server/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("reports.methodology"))("title") };
}

const LABELS = ["CORROBORATED", "CONTESTED", "CONTRADICTED"] as const;
const FIGURES = ["consensus", "agreement", "disputed", "split", "corrections"] as const;

/** Public by design: readers of a published verdict must be able to see what its rating means. */
export default async function MethodologyPage() {
  const [actor, t] = await Promise.all([getActor(), getTranslations("reports.methodology")]);
  const content = (
    <article className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-600">{t("intro")}</p>
      </header>
      <section aria-labelledby="labels" className="space-y-3">
        <h2 id="labels" className="text-lg font-semibold">{t("labelsHeading")}</h2>
        <p className="text-slate-700">{t("labelsIntro", { worst: RATING_SCALE.worst, best: RATING_SCALE.best })}</p>
        <table className="w-full rounded-lg border border-slate-200 bg-white text-left text-sm" data-testid="rating-scale">
          <thead className="bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="px-3 py-2">{t("columns.label")}</th>
              <th scope="col" className="px-3 py-2 normal-case">{t("columns.rating")}</th>
              <th scope="col" className="px-3 py-2">{t("columns.meaning")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {LABELS.map((label) => (
              <tr key={label}>
                <td className="px-3 py-2"><LabelBadge label={label} /></td>
                <td className="px-3 py-2 font-mono whitespace-nowrap">{RATING[label].value} <span className="text-slate-500">“{RATING[label].name}”</span></td>
                <td className="px-3 py-2 text-slate-700">{t(`meaning.${label}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="figures" className="space-y-3">
        <h2 id="figures" className="text-lg font-semibold">{t("figuresHeading")}</h2>
        <ul className="list-disc space-y-1.5 pl-5 text-slate-700">
          {FIGURES.map((key) => <li key={key}>{t(`figures.${key}`)}</li>)}
        </ul>
        <p><Link href="/corrections" className="text-brand-700 hover:underline">{t("correctionsLink")}</Link></p>
      </section>
      <section aria-labelledby="claimreview" className="space-y-3">
        <h2 id="claimreview" className="text-lg font-semibold">{t("claimReviewHeading")}</h2>
        <p className="text-slate-700">{t("claimReview")}</p>
      </section>
      <section aria-labelledby="json" className="space-y-3">
        <h2 id="json" className="text-lg font-semibold">{t("jsonHeading")}</h2>
        <p className="text-slate-700">
          {t("json")} <a href={REPORT_SCHEMA_PATH} className="font-mono text-sm text-brand-700 hover:underline">{REPORT_SCHEMA_PATH}</a>
        </p>
      </section>
    </article>
  );
  return actor ? <PageShell actor={actor}>{content}</PageShell> : <main id="main" className="mx-auto max-w-6xl px-4 py-8">{content}</main>;
}
