import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LabelBadge } from "@/components/verdicts/label-badge";
import type { TLabel } from "@/lib/dashboard/aggregate";

export type TPublishedVerdict = { label: TLabel; rationale: string; publishedAt: string; editorName: string | null };

/** The published final verdict (or that there is none); `children` is the editors' form. */
export function FinalVerdictView({ current, children }: { current: TPublishedVerdict | null; children?: ReactNode }) {
  const t = useTranslations("adjudication");
  const format = useFormatter();
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
      {children}
    </section>
  );
}
