"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent } from "react";
import { ApiError, apiFetch } from "@/components/lib/api-client";
import type { TEntityDto } from "@/lib/entities/dto";
import { ALIAS_LANGS, ENTITY_KINDS } from "@/lib/entities/schemas";
import { NameRows, type TNameRow } from "./name-rows";

type Props = { entity?: TEntityDto; onSaved: (entity: TEntityDto) => void; onCancel: () => void };

/** Add or edit one entity; the server's field errors (400, and the 409 naming who owns a spelling) show beside their fields. */
export function EntityForm({ entity, onSaved, onCancel }: Props) {
  const t = useTranslations("entities");
  const id = useId();
  const nextRow = useRef(0);
  const row = (text = "", lang: TNameRow["lang"] = ALIAS_LANGS[0]): TNameRow => ({ id: nextRow.current++, text, lang });
  const [key, setKey] = useState(entity?.key ?? "");
  const [kind, setKind] = useState<TEntityDto["kind"]>(entity?.kind ?? "PERSON");
  const [rows, setRows] = useState<TNameRow[]>(() => (entity?.names.length ? entity.names.map((n) => row(n.text, n.lang)) : [row("", "zh-Hant"), row("", "zh-Hans"), row("", "en")]));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setErrors({});
    setFormError(null);
    // Rows left empty are not spellings; errors for the rows sent are mapped back onto them.
    const sent = rows.filter((r) => r.text.trim() !== "");
    const body = { key, kind, names: sent.map(({ text, lang }) => ({ text, lang })) };
    try {
      const saved = entity
        ? await apiFetch<TEntityDto>(`/api/v1/entities/${encodeURIComponent(entity.id)}`, { method: "PUT", body })
        : await apiFetch<TEntityDto>("/api/v1/entities", { method: "POST", body });
      onSaved(saved);
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : [];
      setErrors(Object.fromEntries(fields.map((f) => [rowPath(f.path, sent), f.message])));
      // A message no field shows (a race, the network, a bad list as a whole) goes under the form.
      const placed = fields.some((f) => f.path === "key" || f.path === "kind" || f.path.startsWith("names"));
      if (!placed) setFormError(t("form.failed", { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setPending(false);
    }
  }

  const field = "mt-1 rounded border border-slate-300 px-2.5 py-1.5 text-sm aria-invalid:border-red-500";
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-heading`} className="space-y-4 rounded-lg border border-brand-200 bg-white p-5 shadow-sm" data-testid="entity-form">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">{entity ? t("form.editHeading", { key: entity.key }) : t("form.newHeading")}</h2>
      <div className="flex flex-wrap gap-4">
        <div className="min-w-64 flex-1">
          <label htmlFor={`${id}-key`} className="block text-sm font-medium text-slate-700">{t("form.key")}</label>
          <input id={`${id}-key`} name="key" value={key} onChange={(e) => setKey(e.target.value)} autoComplete="off" spellCheck={false} aria-invalid={errors.key ? true : undefined} aria-describedby={`${id}-key-hint${errors.key ? ` ${id}-key-error` : ""}`} className={`${field} w-full font-mono`} />
          <p id={`${id}-key-hint`} className="mt-1 text-xs text-slate-500">{t("form.keyHint")}</p>
          {errors.key && <p id={`${id}-key-error`} className="mt-1 text-sm text-red-700">{errors.key}</p>}
        </div>
        <div>
          <label htmlFor={`${id}-kind`} className="block text-sm font-medium text-slate-700">{t("form.kind")}</label>
          <select id={`${id}-kind`} name="kind" value={kind} onChange={(e) => setKind(e.target.value as TEntityDto["kind"])} aria-invalid={errors.kind ? true : undefined} className={field}>
            {ENTITY_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
          </select>
          {errors.kind && <p className="mt-1 text-sm text-red-700">{errors.kind}</p>}
        </div>
      </div>
      <NameRows idPrefix={id} rows={rows} errors={errors} onChange={setRows} onAdd={() => setRows((list) => [...list, row()])} />
      {formError && <p role="alert" className="text-sm text-red-700">{formError}</p>}
      <div className="flex gap-2">
        <button type="submit" disabled={pending} data-testid="entity-save" className="rounded bg-brand-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">{pending ? t("form.saving") : t("form.save")}</button>
        <button type="button" onClick={onCancel} className="rounded border border-slate-300 px-4 py-1.5 text-sm text-slate-700 hover:bg-slate-50">{t("form.cancel")}</button>
      </div>
    </form>
  );
}

/** "names.2.text" → "row:<id of the third row sent>", so the message lands beside the right input. */
function rowPath(path: string, sent: TNameRow[]): string {
  const match = /^names\.(\d+)(?:\.|$)/.exec(path);
  const row = match ? sent[Number(match[1])] : undefined;
  return row ? `row:${row.id}` : path;
}
