"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ApiError, apiFetch } from "@/components/lib/api-client";
import type { TCreatedTokenDto } from "@/lib/tokens/dto";

/** Name → POST /api/v1/tokens; the server's field message is shown under the field. */
export function CreateTokenForm({ onCreated, autoFocus = false }: { onCreated: (token: TCreatedTokenDto) => void; autoFocus?: boolean }) {
  const t = useTranslations("tokens.create");
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    setPending(true);
    setNameError(null);
    setFormError(null);
    try {
      onCreated(await apiFetch<TCreatedTokenDto>("/api/v1/tokens", { method: "POST", body: { name } }));
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      const field = apiError?.fieldMessage("name");
      if (field) setNameError(field);
      else setFormError(t("failed", { message: apiError?.message ?? String(error) }));
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="create-token-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="create-token-heading" className="text-lg font-semibold">{t("heading")}</h2>
      <form onSubmit={submit} noValidate className="mt-3 flex flex-wrap items-start gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor="token-name" className="block text-sm font-medium text-slate-700">{t("name")}</label>
          <input
            id="token-name"
            name="name"
            type="text"
            required
            maxLength={100}
            autoComplete="off"
            autoFocus={autoFocus}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? "token-name-hint token-name-error" : "token-name-hint"}
            className="mt-1 w-full rounded border border-slate-300 px-3 py-1.5 text-sm aria-invalid:border-red-500"
          />
          <p id="token-name-hint" className="mt-1 text-xs text-slate-500">{t("nameHint")}</p>
          {nameError && <p id="token-name-error" className="mt-1 text-sm text-red-700">{nameError}</p>}
        </div>
        <button type="submit" disabled={pending} className="mt-6 rounded bg-brand-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? t("submitting") : t("submit")}
        </button>
      </form>
      {formError && <p role="alert" className="mt-2 text-sm text-red-700">{formError}</p>}
    </section>
  );
}
