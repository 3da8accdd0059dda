"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { lazy, Suspense, useState } from "react";
import type { TClaimCluster } from "@/lib/clusters/get-claim-cluster";
import { SimilarClaimsLoading } from "./similar-claims-loading";

// The list is fetched after the page loads anyway, so its code can arrive with it: out of the
// review page's first-load JavaScript, with the same "looking…" line meanwhile.
const SimilarClaims = lazy(() => import("./similar-claims").then((m) => ({ default: m.SimilarClaims })));

async function send(url: string, init: RequestInit): Promise<void> {
  const response = await fetch(url, { ...init, headers: { "content-type": "application/json", accept: "application/json" } });
  if (!response.ok) throw new Error((await response.json().catch(() => null))?.error?.message ?? response.statusText);
}

/** The claim's cluster and the claims in other sources that state the same thing, to link into it. */
export function ClusterPanel({ claimId, cluster, canLink }: { claimId: string; cluster: TClaimCluster | null; canLink: boolean }) {
  const t = useTranslations("matching.similar");
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const act = async (key: string, work: () => Promise<void>) => {
    setBusy(key);
    setError(null);
    try {
      await work();
      router.refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };
  const members = new Set(cluster?.claims.map((c) => c.claimId));

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
          {canLink && (
            <button type="button" disabled={busy !== null} onClick={() => act("unlink", () => send(`/api/v1/claims/${encodeURIComponent(claimId)}/cluster`, { method: "DELETE" }))} className="mt-2 text-xs text-red-800 underline-offset-2 hover:underline disabled:opacity-50" data-testid="unlink-claim">
              {busy === "unlink" ? t("unlinking") : t("unlink")}
            </button>
          )}
        </div>
      )}
      <p className="mt-2 text-xs text-slate-600">{t("intro")}</p>
      <Suspense fallback={<SimilarClaimsLoading />}>
        <SimilarClaims
          claimId={claimId}
          refreshKey={`${cluster?.id}:${cluster?.claims.length}`}
          members={members}
          canLink={canLink}
          busy={busy}
          onLink={(item) => act(item.claimId, () => send("/api/v1/clusters", { method: "POST", body: JSON.stringify({ claimIds: [claimId, item.claimId] }) }))}
        />
      </Suspense>
      {error && <p role="alert" className="mt-2 text-red-700">{error}</p>}
    </section>
  );
}
