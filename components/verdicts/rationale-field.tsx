"use client";

import { useTranslations } from "next-intl";
import { rationaleRequired, type TLabel } from "@/lib/verdicts/verdict-form-model";

type Props = { label: TLabel | null; value: string; disabled: boolean; error?: string | undefined; onChange: (value: string) => void };

/** Required for contested and contradicted verdicts; the label says so before anyone gets an error. */
export function RationaleField({ label, value, disabled, error, onChange }: Props) {
  const t = useTranslations("claim.form");
  const required = rationaleRequired(label);
  return (
    <div>
      <label htmlFor="verdict-rationale" className="block text-sm font-medium text-slate-800">
        {label === null ? t("rationale") : required ? t("rationaleRequired") : t("rationaleOptional")}
      </label>
      <textarea
        id="verdict-rationale"
        value={value}
        disabled={disabled}
        required={required}
        aria-required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "verdict-rationale-error" : "verdict-rationale-hint"}
        maxLength={10_000}
        rows={4}
        onChange={(e) => onChange(e.target.value)}
        data-testid="rationale"
        className={`mt-1 w-full rounded border px-3 py-2 text-sm leading-relaxed focus:outline-none disabled:bg-slate-50 ${error ? "border-red-500 focus:border-red-600" : "border-slate-300 focus:border-sky-600"}`}
      />
      {error ? (
        <p id="verdict-rationale-error" role="alert" className="mt-1 text-sm text-red-700">{error}</p>
      ) : (
        <p id="verdict-rationale-hint" className="mt-1 text-xs text-slate-500">{t("rationaleHint")}</p>
      )}
    </div>
  );
}
