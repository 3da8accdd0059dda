"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ApiError, apiFetch } from "@/components/lib/api-client";
import { PasswordField } from "@/components/settings/password-field";

type Errors = { name?: string; password?: string; confirm?: string; form?: string };

/** Name and password for a new account; the server applies the password policy and names the field. */
export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useTranslations("invite");
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    if (password !== String(form.get("confirm") ?? "")) {
      setErrors({ confirm: t("mismatch") });
      return;
    }
    setPending(true);
    setErrors({});
    try {
      await apiFetch(`/invite/${encodeURIComponent(token)}/accept`, { method: "POST", body: { name: form.get("name"), password } });
      setDone(true);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      const name = apiError?.fieldMessage("name");
      const pw = apiError?.fieldMessage("password");
      setErrors(name || pw ? { ...(name ? { name } : {}), ...(pw ? { password: pw } : {}) } : { form: t("failed", { message: apiError?.message ?? String(error) }) });
    } finally {
      setPending(false);
    }
  }

  if (done) {
    return (
      <div role="status" className="space-y-3">
        <p className="text-emerald-800">{t("done")}</p>
        <Link href={`/login`} className="inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {t("signIn")}
        </Link>
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {errors.form && <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{errors.form}</p>}
      <div>
        <label htmlFor="name" className="block text-sm font-medium text-slate-700">{t("name")}</label>
        <input id="name" name="name" type="text" autoComplete="name" maxLength={120} aria-invalid={errors.name ? true : undefined} aria-describedby={errors.name ? "name-error" : undefined} className="mt-1 w-full rounded border border-slate-300 px-3 py-2 aria-invalid:border-red-500" />
        {errors.name && <p id="name-error" className="mt-1 text-sm text-red-700">{errors.name}</p>}
      </div>
      <PasswordField name="password" label={t("password")} hint={t("passwordHint")} error={errors.password} autoComplete="new-password" />
      <PasswordField name="confirm" label={t("confirm")} error={errors.confirm} autoComplete="new-password" />
      <button type="submit" disabled={pending} className="w-full rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
