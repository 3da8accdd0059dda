"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import "@/components/security/zod-without-eval";
import { ApiError, apiFetch } from "@/components/lib/api-client";
import { ZImportText } from "@/lib/sources/import-schemas";
import { TextField } from "./text-field";

type TResult = { status: "imported" | "unchanged"; sourceId: string; title: string };
type TFieldName = "title" | "text" | "publisher" | "url" | "published";
const EMPTY: Record<TFieldName, string> = { title: "", text: "", publisher: "", url: "", published: "" };

/** Pasted text with its details, checked with the same schema the server uses, then filed like a file. */
export function PasteTextForm({ investigationId }: { investigationId: string }) {
  const t = useTranslations("imports.paste");
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<TFieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [result, setResult] = useState<TResult | null>(null);
  const [pending, setPending] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // Takes keyboard and screen-reader users straight to the first field that needs fixing.
  useEffect(() => form.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus(), [errors]);

  const set = (name: TFieldName) => (value: string) => setValues((current) => ({ ...current, [name]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setResult(null);
    setFormError(null);
    const input = { investigationId, ...values };
    const parsed = ZImportText.safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
      setFormError(t("fixFields"));
      return;
    }
    setErrors({});
    setPending(true);
    try {
      setResult(await apiFetch<TResult>("/api/v1/sources", { method: "POST", body: input }));
      setValues(EMPTY);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      const fields = Object.fromEntries((apiError?.fields ?? []).map((f) => [f.path, f.message]));
      setErrors(fields);
      setFormError(Object.keys(fields).length > 0 ? t("fixFields") : t("failed", { reason: apiError?.message ?? String(error) }));
    } finally {
      setPending(false);
    }
  }

  const field = (name: TFieldName, { required = false, type, multiline }: { required?: boolean; type?: string; multiline?: boolean } = {}) => (
    <TextField name={name} label={required ? t(name) : t.rich("labelOptional", { label: t(name), hint: optionalHint })} required={required} value={values[name]} error={errors[name]} onChange={set(name)} {...(type ? { type } : {})} {...(multiline ? { multiline } : {})} />
  );
  const optionalHint = (chunks: React.ReactNode) => <span className="font-normal text-slate-500">{chunks}</span>;
  const link = (chunks: React.ReactNode) => result && <Link href={`/sources/${result.sourceId}`} className="font-medium underline">{chunks}</Link>;

  return (
    <section aria-labelledby="paste-heading" className="space-y-4">
      <h2 id="paste-heading" className="text-lg font-semibold">{t("heading")}</h2>
      <form ref={form} noValidate onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="paste-form">
        <p className="text-xs text-slate-500">{t("hint")}</p>
        {field("title", { required: true })}
        {field("text", { required: true, multiline: true })}
        <div className="grid gap-4 sm:grid-cols-2">
          {field("publisher")}
          {field("published", { type: "date" })}
        </div>
        {field("url", { type: "url" })}
        {formError && <p role="alert" className="text-sm text-red-700">{formError}</p>}
        {result && (
          <p role="status" data-testid="paste-result" className={`rounded px-3 py-2 text-sm ${result.status === "imported" ? "bg-green-50 text-green-900" : "bg-amber-50 text-amber-900"}`}>
            {t.rich(result.status === "imported" ? "imported" : "duplicate", { title: result.title, link })}
          </p>
        )}
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? t("submitting") : t("submit")}
        </button>
      </form>
    </section>
  );
}
