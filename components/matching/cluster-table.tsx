import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LabelBadge } from "@/components/verdicts/label-badge";
import type { TClusterSummary } from "@/lib/clusters/list-clusters";
import type { VerdictLabel } from "@/lib/generated/prisma/enums";

/** The dashboard grouped by claim cluster: one row per cluster, its claims from each source beneath. */
export async function ClusterTable({ clusters }: { clusters: TClusterSummary[] }) {
  const t = await getTranslations("dashboard.clusters");
  const tf = await getTranslations("dashboard.filters");
  if (clusters.length === 0) return <p className="rounded border border-slate-200 bg-white p-4 text-sm text-slate-600" data-testid="clusters-empty">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm" data-testid="cluster-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">{t("cluster")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("sources")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("corroborated")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("contested")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("contradicted")}</th>
            <th scope="col" className="px-3 py-2">{t("status")}</th>
          </tr>
        </thead>
        {clusters.map((cluster) => (
          <tbody key={cluster.id} className="border-t border-slate-200" data-testid="cluster-row">
            <tr className="bg-slate-50/60">
              <th scope="row" className="px-3 py-2 font-semibold text-slate-900">{cluster.label}</th>
              <td className="px-3 py-2 text-right tabular-nums">{cluster.sources}</td>
              <td className="px-3 py-2 text-right tabular-nums">{cluster.counts.corroborated}</td>
              <td className="px-3 py-2 text-right tabular-nums">{cluster.counts.contested}</td>
              <td className="px-3 py-2 text-right tabular-nums">{cluster.counts.contradicted}</td>
              <td className="px-3 py-2">{cluster.divergent ? <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">{t("divergent")}</span> : <span className="text-xs text-slate-500">{t("consistent")}</span>}</td>
            </tr>
            {cluster.claims.map((claim) => (
              <tr key={claim.claimId} className="text-slate-700">
                <td className="py-1.5 pl-8 pr-3"><Link href={`/claims/${claim.claimId}`} className="underline-offset-2 hover:underline">{claim.text}</Link></td>
                <td className="px-3 py-1.5 text-right text-xs text-slate-500" colSpan={2}>{claim.sourceTitle}</td>
                <td className="px-3 py-1.5 text-right text-xs tabular-nums" colSpan={2}>{t("verdicts", { count: claim.verdicts })}</td>
                <td className="px-3 py-1.5 text-xs">
                  {claim.finalVerdict ? (
                    <span className="inline-flex items-center gap-1">{t("finalLabel")} <LabelBadge label={claim.finalVerdict as VerdictLabel} /></span>
                  ) : claim.consensus === "SPLIT" ? (
                    <span className="font-semibold text-slate-700">{tf("split")}</span>
                  ) : claim.consensus ? (
                    <LabelBadge label={claim.consensus as VerdictLabel} />
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
