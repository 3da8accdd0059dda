"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { TVerdictDto } from "@/lib/verdicts/dto";
import { LabelBadge } from "./label-badge";

export type TConflict = { kind: "stale"; current: TVerdictDto | null } | { kind: "settled" };

/** A refused save, explained: what is newer and how to continue, or why verdicts are locked. */
export function SaveConflict({ conflict, onLoad }: { conflict: TConflict; onLoad: (current: TVerdictDto | null) => void }) {
  const t = useTranslations("claim.conflict");
  const format = useFormatter();
  if (conflict.kind === "settled") {
    return (
      <div role="alert" data-testid="settled-conflict" className="rounded-md border border-slate-300 bg-slate-100 p-3 text-sm text-slate-800">
        <p className="font-semibold">{t("settledTitle")}</p>
        <p className="mt-1">{t("settledBody")}</p>
      </div>
    );
  }
  const { current } = conflict;
  return (
    <div role="alert" data-testid="stale-conflict" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">{t("staleTitle")}</p>
      <p className="mt-1">{current ? t("staleBody") : t("staleGone")}</p>
      {current && (
        <div className="mt-2 rounded border border-amber-200 bg-white p-2">
          <p className="flex flex-wrap items-center gap-2 text-slate-700">
            <LabelBadge label={current.label} />
            <span>
              {t("newer", {
                version: current.version,
                date: format.dateTime(new Date(current.updatedAt), { dateStyle: "medium", timeStyle: "medium" }),
              })}
            </span>
          </p>
          <p className="mt-1 whitespace-pre-line text-slate-800">{current.rationale || <span className="text-slate-500">{t("noRationale")}</span>}</p>
          <p className="mt-1 text-xs text-slate-500">{t("evidenceCount", { count: current.evidence.length })}</p>
        </div>
      )}
      <button type="button" onClick={() => onLoad(current)} className="mt-2 rounded bg-amber-700 px-3 py-1 font-medium text-white hover:bg-amber-800" data-testid="load-newer">
        {t("load")}
      </button>
    </div>
  );
}
