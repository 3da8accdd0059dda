"use client";

import { useTranslations } from "next-intl";
import type { TEntityDto } from "@/lib/entities/dto";
import { ALIAS_LANGS } from "@/lib/entities/schemas";

export type TNameRow = { id: number; text: string; lang: TEntityDto["names"][number]["lang"] };

type Props = { idPrefix: string; rows: TNameRow[]; errors: Record<string, string>; onChange: (rows: TNameRow[]) => void; onAdd: () => void };

/** The spellings as editable rows: text, language, remove; a row's error arrives keyed "row:<id>". */
export function NameRows({ idPrefix, rows, errors, onChange, onAdd }: Props) {
  const t = useTranslations("entities.form");
  const tl = useTranslations("languages");
  const update = (id: number, change: Partial<TNameRow>) => onChange(rows.map((r) => (r.id === id ? { ...r, ...change } : r)));
  return (
    <fieldset aria-describedby={`${idPrefix}-names-hint`}>
      <legend className="text-sm font-medium text-slate-700">{t("names")}</legend>
      <p id={`${idPrefix}-names-hint`} className="mt-1 text-xs text-slate-500">{t("namesHint")}</p>
      {errors.names && <p role="alert" className="mt-1 text-sm text-red-700">{errors.names}</p>}
      <ul className="mt-2 space-y-2">
        {rows.map((r, i) => {
          const error = errors[`row:${r.id}`];
          const inputId = `${idPrefix}-name-${r.id}`;
          return (
            <li key={r.id} data-testid="name-row">
              <div className="flex flex-wrap items-center gap-2">
                <label htmlFor={inputId} className="sr-only">{t("nameText", { n: i + 1 })}</label>
                <input id={inputId} value={r.text} lang={r.lang} onChange={(e) => update(r.id, { text: e.target.value })} autoComplete="off" aria-invalid={error ? true : undefined} aria-describedby={error ? `${inputId}-error` : undefined} className="min-w-56 flex-1 rounded border border-slate-300 px-2.5 py-1.5 text-sm aria-invalid:border-red-500" />
                <label htmlFor={`${inputId}-lang`} className="sr-only">{t("nameLang", { n: i + 1 })}</label>
                <select id={`${inputId}-lang`} value={r.lang} onChange={(e) => update(r.id, { lang: e.target.value as TNameRow["lang"] })} className="rounded border border-slate-300 px-2 py-1.5 text-sm">
                  {ALIAS_LANGS.map((lang) => <option key={lang} value={lang}>{tl(lang)}</option>)}
                </select>
                <button type="button" onClick={() => onChange(rows.filter((x) => x.id !== r.id))} aria-label={t("removeName", { n: i + 1 })} className="rounded border border-slate-300 px-2 py-1 text-sm text-slate-600 hover:bg-slate-50">
                  ×
                </button>
              </div>
              {error && <p id={`${inputId}-error`} className="mt-1 text-sm text-red-700" data-testid="name-error">{error}</p>}
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={onAdd} data-testid="name-add" className="mt-2 text-sm font-medium text-brand-700 hover:underline">+ {t("addName")}</button>
    </fieldset>
  );
}
