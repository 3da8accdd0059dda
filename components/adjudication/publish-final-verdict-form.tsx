"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ApiError, apiFetch } from "@/components/lib/api-client";
import { useHydrated } from "@/components/lib/use-hydrated";
import type { TFinalVerdictDto } from "@/lib/adjudication/dto";
import type { TLabel } from "@/lib/dashboard/aggregate";
import type { TPublishedVerdict } from "./final-verdict-view";

type Props = { claimId: string; current: TPublishedVerdict | null; onPublished: (verdict: TPublishedVerdict) => void };

const LABELS: TLabel[] = ["CORROBORATED", "CONTESTED", "CONTRADICTED"];

/** Publishing the final verdict (editors only); publishing again is a correction and needs a note. */
export function PublishFinalVerdictForm({ claimId, current, onPublished }: Props) {
  const t = useTranslations("adjudication");
  const tl = useTranslations("claim.labels");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  // Controlled: a refresh that changes the published label must not move the editor's choice.
  const [label, setLabel] = useState<TLabel>(current?.label ?? "CONTESTED");
  // Rendered on the server and made interactive when its code arrives (it loads lazily).
  const ready = useHydrated();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = { label: form.get("label"), rationale: String(form.get("rationale") ?? ""), ...(current ? { correctionNote: String(form.get("correctionNote") ?? "") } : {}) };
    setPending(true);
    setErrors({});
    try {
      const saved = await apiFetch<TFinalVerdictDto>(`/api/v1/claims/${claimId}/final-verdict`, { method: "POST", body });
      onPublished({ label: saved.label, rationale: saved.rationale, publishedAt: saved.publishedAt, editorName: saved.editor?.name ?? null });
      setLabel(saved.label);
      (event.target as HTMLFormElement).reset();
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      const fields = Object.fromEntries((apiError?.fields ?? []).map((f) => [f.path, f.message]));
      setErrors(Object.keys(fields).length ? fields : { form: apiError?.message ?? "" });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="mt-4 space-y-3 border-t border-slate-100 pt-3" noValidate>
      <fieldset disabled={!ready}>
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
      <button type="submit" disabled={pending || !ready} className="w-full rounded bg-slate-900 px-3 py-1.5 font-medium text-white hover:bg-slate-700 disabled:opacity-60">
        {pending ? t("saving") : current ? t("correct") : t("publish")}
      </button>
    </form>
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
