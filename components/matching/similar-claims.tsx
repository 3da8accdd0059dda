"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TSimilarClaim } from "@/lib/clusters/find-similar-claims";
import { MarkedText } from "./marked-text";
import { SimilarClaimsLoading } from "./similar-claims-loading";
import { useJson } from "./use-json";

type Props = {
  claimId: string;
  /** Changes whenever the cluster does, so the list is fetched again. */
  refreshKey: string;
  members: Set<string>;
  canLink: boolean;
  busy: string | null;
  onLink: (item: TSimilarClaim) => void;
};

/** Claims in other sources that state the same thing, ranked, each with a button to link it. */
export function SimilarClaims({ claimId, refreshKey, members, canLink, busy, onLink }: Props) {
  const t = useTranslations("matching.similar");
  const state = useJson<{ items: TSimilarClaim[] }>(`/api/v1/claims/${encodeURIComponent(claimId)}/similar?limit=5`, refreshKey);

  if (state.status === "loading") return <SimilarClaimsLoading />;
  if (state.status === "failed") return <p role="alert" className="mt-2 text-red-700">{t("failed", { message: state.message })}</p>;
  if (state.data.items.length === 0) return <p className="mt-2 text-slate-600">{t("none")}</p>;
  return (
    <ol className="mt-2 space-y-2">
      {state.data.items.map((item) => (
        <li key={item.claimId} className="border-t border-slate-100 pt-2" data-testid="similar-claim">
          <Link href={`/claims/${item.claimId}`} className="text-slate-900 underline-offset-2 hover:underline">
            <MarkedText text={item.text} spans={item.highlights} />
          </Link>
          <div className="mt-0.5 flex items-center gap-2 text-xs text-slate-500">
            <span className="min-w-0 truncate">{item.sourceTitle}</span>
            {members.has(item.claimId) ? (
              <span className="ml-auto shrink-0 whitespace-nowrap font-medium text-indigo-800">{t("linked")}</span>
            ) : canLink ? (
              <button type="button" disabled={busy !== null} onClick={() => onLink(item)} className="ml-auto shrink-0 whitespace-nowrap rounded border border-indigo-700 px-2 py-0.5 font-medium text-indigo-800 hover:bg-indigo-50 disabled:opacity-50" data-testid="link-claim">
                {busy === item.claimId ? t("linking") : item.clusterId ? `${t("link")} · ${t("otherCluster")}` : t("link")}
              </button>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
