"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FinalVerdictView, type TPublishedVerdict } from "./final-verdict-view";
import { PublishFinalVerdictForm } from "./publish-final-verdict-form";

type Props = { claimId: string; current: TPublishedVerdict | null };

/** For editors: the published verdict and the form that publishes or corrects it. */
export function FinalVerdictPanel({ claimId, current: fromServer }: Props) {
  const router = useRouter();
  // What this editor just published shows at once, whatever the page refresh (which other live
  // refreshes may overtake) brings back; a newer verdict from the server takes over again.
  const [published, setPublished] = useState<TPublishedVerdict | null>(null);
  const current = published && (!fromServer || published.publishedAt > fromServer.publishedAt) ? published : fromServer;
  return (
    <FinalVerdictView current={current}>
      <PublishFinalVerdictForm
        claimId={claimId}
        current={current}
        onPublished={(verdict) => {
          setPublished(verdict);
          router.refresh();
        }}
      />
    </FinalVerdictView>
  );
}
