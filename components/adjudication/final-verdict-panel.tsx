"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ApiError, apiFetch } from "@/components/lib/api-client";
import { LabelBadge } from "@/components/verdicts/label-badge";
import type { TFinalVerdictDto } from "@/lib/adjudication/dto";
import type { TLabel } from "@/lib/dashboard/aggregate";

type TCurrent = { label: TLabel; rationale: string; publishedAt: string; editorName: string | null } | null;
type Props = { claimId: string; current: TCurrent; canPublish: boolean };

const LABELS: TLabel[] = ["CORROBORATED", "CONTESTED", "CONTRADICTED"];

/** The editor's published verdict; publishing again is a correction and needs a note. */
export function FinalVerdictPanel({ claimId, current: fromServer, canPublish }: Props) {
  const t = useTranslations("adjudication");
  const tl = useTranslations("claim.labels");
  const format = useFormatter();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  // What this editor just published shows at once, whatever the page refresh (which other live
  // refreshes may overtake) brings back; a newer verdict from the server takes over again.
  const [published, setPublished] = useState<TCurrent>(null);
  const current = published && (!fromServer || published.publishedAt > fromServer.publishedAt) ? published : fromServer;
  // Controlled: a refresh that changes the published label must not move the editor's choice.
  const [label, setLabel] = useState<TLabel>(current?.label ?? "CONTESTED");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = { label: form.get("label"), rationale: String(form.get("rationale") ?? ""), ...(current ? { correctionNote: String(form.get("correctionNote") ?? "") } : {}) };
    setPending(true);
    setErrors({});
    try {
      const saved = await apiFetch<TFinalVerdictDto>(`/api/v1/claims/${claimId}/final-verdict`, { method: "POST", body });
      setPublished({ label: saved.label, rationale: saved.rationale, publishedAt: saved.publishedAt, editorName: saved.editor?.name ?? null });
      setLabel(saved.label);
      (event.target as HTMLFormElement).reset();
      router.refresh();
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      const fields = Object.fromEntries((apiError?.fields ?? []).map((f) => [f.path, f.message]));
      setErrors(Object.keys(fields).length ? fields : { form: apiError?.message ?? "" });
    } finally {
      setPending(false);
    }
  }

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
        <form onSubmit={submit} className="mt-4 space-y-3 border-t border-slate-100 pt-3" noValidate>
          <fieldset>
            <legend className="text-xs font-medium text-slate-700">{t("label")}</legend>
            <div className="mt-1 flex flex-col gap-1">
              {LABELS.map((option) => (
                <label key={option} className="flex items-center gap-2">
                  <input type="radio" name="label" value={option} checked={label === option} onChange={() => setLabel(option)} /> {tl(option)}
                </label>
              ))}
            </div>
          </fieldset>
          <Field name="rationale" label={t("rationale")} error={errors.rationale} />
          {current && <Field name="correctionNote" label={t("correctionNote")} error={errors.correctionNote} />}
          {errors.form && <p role="alert" className="text-red-700">{errors.form}</p>}
          <p className="text-xs text-slate-500">{t("locks")}</p>
          <button type="submit" disabled={pending} className="w-full rounded bg-slate-900 px-3 py-1.5 font-medium text-white hover:bg-slate-700 disabled:opacity-60">
            {pending ? t("saving") : current ? t("correct") : t("publish")}
          </button>
        </form>
      )}
    </section>
  );
}

function Field({ name, label, error }: { name: string; label: string; error: string | undefined }) {
  return (
    <div>
      <label htmlFor={`final-${name}`} className="block text-xs font-medium text-slate-700">{label}</label>
      <textarea id={`final-${name}`} name={name} rows={3} aria-invalid={error ? true : undefined} aria-describedby={error ? `final-${name}-error` : undefined} className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5 aria-invalid:border-red-500" />
      {error && <p id={`final-${name}-error`} className="mt-1 text-xs text-red-700">{error}</p>}
    </div>
  );
}
