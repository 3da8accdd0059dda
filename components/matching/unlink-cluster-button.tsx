"use client";

import { useTranslations } from "next-intl";
import { useClusterAction } from "./use-cluster-action";

/** Takes the claim out of its cluster. */
export function UnlinkClusterButton({ claimId }: { claimId: string }) {
  const t = useTranslations("matching.similar");
  const { busy, error, act } = useClusterAction();
  return (
    <>
      <button type="button" disabled={busy !== null} onClick={() => act("unlink", `/api/v1/claims/${encodeURIComponent(claimId)}/cluster`, { method: "DELETE" })} className="mt-2 text-xs text-red-800 underline-offset-2 hover:underline disabled:opacity-50" data-testid="unlink-claim">
        {busy ? t("unlinking") : t("unlink")}
      </button>
      {error && <p role="alert" className="mt-1 text-xs text-red-700">{error}</p>}
    </>
  );
}
