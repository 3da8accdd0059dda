import { getFormatter, getTranslations } from "next-intl/server";
import { alphaBand } from "@/lib/dashboard/aggregate";
import type { TDashboardSummary } from "@/lib/dashboard/summary";
import { PerSourceChart } from "./per-source-chart";

type Props = { summary: TDashboardSummary; sourceTitles: Map<string, string> };

export async function SummaryPanel({ summary, sourceTitles }: Props) {
  const [t, tl, format] = await Promise.all([getTranslations("dashboard.summary"), getTranslations("claim.labels"), getFormatter()]);
  const labels = { CORROBORATED: tl("CORROBORATED"), CONTESTED: tl("CONTESTED"), CONTRADICTED: tl("CONTRADICTED") };
  const fixed = (value: number) => format.number(value, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const data = summary.perSource.map((s) => ({ source: sourceTitles.get(s.sourceId) ?? s.sourceId, ...s.counts }));
  return (
    <section aria-labelledby="summary-heading" className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-3" data-testid="summary-panel">
      <h2 id="summary-heading" className="sr-only">{t("heading")}</h2>
      <div className="space-y-3 text-sm">
        <p className="text-2xl font-semibold tabular-nums">{t("claims", { count: summary.claims })}</p>
        <p className="text-slate-600">{t("disputed", { count: summary.disputed })} · {t("needsReview", { count: summary.needsReview })}</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="text-slate-500">{t("alpha")}</dt>
          <dd data-testid="alpha">
            <span className="font-semibold tabular-nums">{summary.alpha === null ? "—" : fixed(summary.alpha)}</span>{" "}
            <span className="text-xs text-slate-500">{t(`bands.${alphaBand(summary.alpha)}`)}</span>
          </dd>
          <dt className="text-slate-500">{t("kappa")}</dt>
          <dd className="tabular-nums">{summary.kappa.value === null ? t("kappaUnavailable", { reason: t(`kappaReasons.${summary.kappa.reason ?? "NO_UNITS"}`) }) : fixed(summary.kappa.value)}</dd>
        </dl>
      </div>
      <div className="text-sm">
        <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("verdicts")}</h3>
        <ul className="space-y-0.5 tabular-nums" data-testid="label-totals">
          {(["CORROBORATED", "CONTESTED", "CONTRADICTED"] as const).map((l) => <li key={l}>{t("count", { label: labels[l], count: summary.totals[l] })}</li>)}
        </ul>
        <h3 className="mt-3 mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("finals")}</h3>
        <ul className="space-y-0.5 tabular-nums">
          {(["CORROBORATED", "CONTESTED", "CONTRADICTED"] as const).map((l) => <li key={l}>{t("count", { label: labels[l], count: summary.finalTotals[l] })}</li>)}
        </ul>
      </div>
      <div>
        <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("perSource")}</h3>
        <PerSourceChart data={data} labels={labels} title={t("perSource")} />
      </div>
    </section>
  );
}
