"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { lazy, Suspense, useState } from "react";
import { LabelBadge } from "@/components/verdicts/label-badge";
import type { TLabel } from "@/lib/dashboard/aggregate";

export type TPublishedVerdict = { label: TLabel; rationale: string; publishedAt: string; editorName: string | null };
type Props = { claimId: string; current: TPublishedVerdict | null; canPublish: boolean };

// Only editors publish: reviewers, who open this page most, never download the form.
const PublishFinalVerdictForm = lazy(() => import("./publish-final-verdict-form").then((m) => ({ default: m.PublishFinalVerdictForm })));

/** The editor's published verdict, and for editors the form that publishes or corrects it. */
export function FinalVerdictPanel({ claimId, current: fromServer, canPublish }: Props) {
  const t = useTranslations("adjudication");
  const format = useFormatter();
  const router = useRouter();
  // What this editor just published shows at once, whatever the page refresh (which other live
  // refreshes may overtake) brings back; a newer verdict from the server takes over again.
  const [published, setPublished] = useState<TPublishedVerdict | null>(null);
  const current = published && (!fromServer || published.publishedAt > fromServer.publishedAt) ? published : fromServer;

  return (
    <section aria-labelledby="final-heading" className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="final-verdict">
      <h2 id="final-heading" className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("heading")}</h2>
      {current ? (
        <div className="space-y-1">
          <LabelBadge label={current.label} />
          <p className="whitespace-pre-line text-slate-800">{current.rationale}</p>
          <p className="text-xs text-slate-500">{t("current", { date: format.dateTime(new Date(current.publishedAt), { dateStyle: "medium", timeStyle: "short" }), name: current.editorName ?? "—" })}</p>
        </div>
      ) : (
        <p className="text-slate-500">{t("none")}</p>
      )}
      {canPublish && (
        <Suspense fallback={null}>
          <PublishFinalVerdictForm
            claimId={claimId}
            current={current}
            onPublished={(verdict) => {
              setPublished(verdict);
              router.refresh();
            }}
          />
        </Suspense>
      )}
    </section>
  );
}
