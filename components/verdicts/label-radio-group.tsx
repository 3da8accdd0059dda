"use client";

import { useTranslations } from "next-intl";
import { VERDICT_LABELS, type TLabel } from "@/lib/verdicts/verdict-form-model";
import { LABEL_TONES } from "./label-tones";

type Props = { value: TLabel | null; onChange: (label: TLabel) => void; disabled: boolean; error?: string | undefined };

/** Native radios (arrow keys move between them); the number shown on each is its shortcut. */
export function LabelRadioGroup({ value, onChange, disabled, error }: Props) {
  const t = useTranslations("claim");
  return (
    <fieldset aria-describedby={error ? "verdict-label-error" : undefined} aria-invalid={error ? true : undefined} disabled={disabled}>
      <legend className="text-sm font-medium text-slate-800">{t("form.labelLegend")}</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-3">
        {VERDICT_LABELS.map((label, index) => (
          <label
            key={label}
            className={`relative flex cursor-pointer flex-col rounded-md border border-slate-300 bg-white px-3 py-2 ring-offset-1 hover:border-slate-400 has-checked:ring-2 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-sky-600 has-disabled:cursor-not-allowed has-disabled:opacity-60 ${LABEL_TONES[label].option}`}
          >
            <span className="flex items-center gap-2">
              <input type="radio" name="verdict-label" value={label} checked={value === label} onChange={() => onChange(label)} className="sr-only" data-testid={`label-${label}`} />
              <span aria-hidden="true" className={`h-2.5 w-2.5 rounded-full ${LABEL_TONES[label].dot}`} />
              <span className="font-semibold text-slate-900">{t(`labels.${label}`)}</span>
              <kbd aria-hidden="true" className="ml-auto rounded border border-slate-300 bg-slate-50 px-1.5 text-xs text-slate-500">
                {index + 1}
              </kbd>
            </span>
            <span className="mt-0.5 text-xs text-slate-600">{t(`labelHints.${label}`)}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id="verdict-label-error" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
