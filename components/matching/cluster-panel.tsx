import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TClaimCluster } from "@/lib/clusters/get-claim-cluster";
import { SimilarClaimsPanel } from "./similar-claims-panel";
import { UnlinkClusterButton } from "./unlink-cluster-button";

/**
 * The claim's cluster and the claims in other sources that state the same thing, to link into it.
 * Rendered on the server: only the buttons and the similar-claims list run in the browser.
 */
export function ClusterPanel({ claimId, cluster, canLink }: { claimId: string; cluster: TClaimCluster | null; canLink: boolean }) {
  const t = useTranslations("matching.similar");
  return (
    <section aria-labelledby="cluster-title" className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm" data-testid="cluster-panel">
      <h2 id="cluster-title" className="font-semibold text-slate-900">{t("heading")}</h2>
      {cluster && (
        <div className="mt-2 rounded border border-indigo-100 bg-indigo-50/60 p-2" data-testid="cluster-members">
          <p className="text-xs font-medium text-indigo-900">{t("clusterHeading", { label: cluster.label })}</p>
          <ul className="mt-1 space-y-1">
            {cluster.claims.filter((c) => c.claimId !== claimId).map((c) => (
              <li key={c.claimId}>
                <Link href={`/claims/${c.claimId}`} className="text-indigo-900 underline-offset-2 hover:underline">{c.text}</Link>
                <span className="block text-xs text-slate-500">{c.sourceTitle}</span>
              </li>
            ))}
          </ul>
          {canLink && <UnlinkClusterButton claimId={claimId} />}
        </div>
      )}
      <p className="mt-2 text-xs text-slate-600">{t("intro")}</p>
      <SimilarClaimsPanel claimId={claimId} clusterKey={`${cluster?.id}:${cluster?.claims.length}`} memberIds={cluster?.claims.map((c) => c.claimId) ?? []} canLink={canLink} />
    </section>
  );
}
