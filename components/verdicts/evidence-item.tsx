"use client";

import { useTranslations } from "next-intl";
import { QuoteInContext } from "@/components/claims/quote-in-context";
import type { TFormEvidence, TStance } from "@/lib/verdicts/verdict-form-model";

type Props = {
  item: TFormEvidence;
  index: number;
  lang: string | undefined;
  disabled: boolean;
  error?: string | undefined;
  onChange: (patch: Partial<Pick<TFormEvidence, "stance" | "note">>) => void;
  onRemove: () => void;
};

const STANCES: TStance[] = ["SUPPORTS", "REFUTES"];
const STANCE_ON = { SUPPORTS: "has-checked:border-emerald-600 has-checked:bg-emerald-600 has-checked:text-white", REFUTES: "has-checked:border-red-600 has-checked:bg-red-600 has-checked:text-white" };

export function EvidenceItem({ item, index, lang, disabled, error, onChange, onRemove }: Props) {
  const t = useTranslations("claim");
  const id = `evidence-${index}`;
  const orphaned = item.start === null || item.end === null;
  return (
    <li
      data-testid="evidence-item"
      aria-describedby={error ? `${id}-error` : undefined}
      className={`rounded-md border bg-white p-3 ${error ? "border-red-400" : "border-slate-200"} ${item.stance === "SUPPORTS" ? "border-l-4 border-l-emerald-500" : "border-l-4 border-l-red-500"}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium text-slate-800">{item.sourceTitle}</span>
        <fieldset className="ml-auto flex" disabled={disabled}>
          <legend className="sr-only">{t("evidence.stanceLegend")}</legend>
          {STANCES.map((stance) => (
            <label
              key={stance}
              className={`cursor-pointer border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-700 first-of-type:rounded-l last-of-type:rounded-r has-focus-visible:outline-2 has-focus-visible:outline-sky-600 ${STANCE_ON[stance]}`}
            >
              <input type="radio" name={`${id}-stance`} value={stance} checked={item.stance === stance} onChange={() => onChange({ stance })} className="sr-only" />
              {t(`stances.${stance}`)}
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          onClick={onRemove}
          disabled={disabled}
          aria-label={t("evidence.removeLabel", { title: item.sourceTitle })}
          className="rounded border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100 disabled:opacity-50"
        >
          {t("evidence.remove")}
        </button>
      </div>
      <QuoteInContext exact={item.exact} prefix={item.prefix} suffix={item.suffix} lang={lang} tone={item.stance === "SUPPORTS" ? "supports" : "refutes"} className="mt-2 text-sm" />
      {orphaned && <p className="mt-1 text-xs text-amber-800">{t("evidence.orphaned")}</p>}
      <label htmlFor={`${id}-note`} className="mt-2 block text-xs font-medium text-slate-600">
        {t("evidence.note")}
      </label>
      <input
        id={`${id}-note`}
        type="text"
        value={item.note}
        disabled={disabled}
        maxLength={2000}
        placeholder={t("evidence.notePlaceholder")}
        onChange={(e) => onChange({ note: e.target.value })}
        // Enter in a one-line field would submit (save) the whole verdict; only Ctrl/Cmd+Enter should.
        onKeyDown={(e) => e.key === "Enter" && !e.ctrlKey && !e.metaKey && e.preventDefault()}
        className="mt-1 w-full rounded border border-slate-300 px-2 py-1 text-sm focus:border-sky-600 focus:outline-none"
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      )}
    </li>
  );
}
