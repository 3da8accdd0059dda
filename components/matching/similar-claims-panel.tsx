"use client";

import { lazy, Suspense } from "react";
import { SimilarClaimsLoading } from "./similar-claims-loading";
import { useClusterAction } from "./use-cluster-action";

// The list is fetched after the page loads anyway, so its code can arrive with it: out of the
// review page's first-load JavaScript, with the same "looking…" line meanwhile.
const SimilarClaims = lazy(() => import("./similar-claims").then((m) => ({ default: m.SimilarClaims })));

type Props = { claimId: string; clusterKey: string; memberIds: string[]; canLink: boolean };

/** The similar claims in other sources, each of which can be linked into this claim's cluster. */
export function SimilarClaimsPanel({ claimId, clusterKey, memberIds, canLink }: Props) {
  const { busy, error, act } = useClusterAction();
  return (
    <>
      <Suspense fallback={<SimilarClaimsLoading />}>
        <SimilarClaims
          claimId={claimId}
          refreshKey={clusterKey}
          members={new Set(memberIds)}
          canLink={canLink}
          busy={busy}
          onLink={(item) => act(item.claimId, "/api/v1/clusters", { method: "POST", body: { claimIds: [claimId, item.claimId] } })}
        />
      </Suspense>
      {error && <p role="alert" className="mt-2 text-red-700">{error}</p>}
    </>
  );
}
