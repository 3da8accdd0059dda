"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ApiError, apiFetch } from "@/components/lib/api-client";
import { PasswordField } from "./password-field";

type Errors = { currentPassword?: string; newPassword?: string; confirm?: string; form?: string };

/** Current + new password → POST /api/v1/me/password; each server message appears under its field. */
export function ChangePasswordForm() {
  const t = useTranslations("password");
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const newPassword = String(form.get("newPassword") ?? "");
    setDone(false);
    if (newPassword !== String(form.get("confirm") ?? "")) {
      setErrors({ confirm: t("mismatch") });
      return;
    }
    setPending(true);
    setErrors({});
    try {
      await apiFetch("/api/v1/me/password", { method: "POST", body: { currentPassword: form.get("currentPassword"), newPassword } });
      formElement.reset();
      setDone(true);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      const currentPassword = apiError?.fieldMessage("currentPassword");
      const newPw = apiError?.fieldMessage("newPassword");
      setErrors(currentPassword || newPw ? { ...(currentPassword ? { currentPassword } : {}), ...(newPw ? { newPassword: newPw } : {}) } : { form: t("failed", { message: apiError?.message ?? String(error) }) });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="max-w-md space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      {errors.form && <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{errors.form}</p>}
      <p role="status" className={done ? "rounded border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800" : "sr-only"}>{done ? t("done") : ""}</p>
      <PasswordField name="currentPassword" label={t("current")} error={errors.currentPassword} autoComplete="current-password" />
      <PasswordField name="newPassword" label={t("new")} hint={t("hint")} error={errors.newPassword} autoComplete="new-password" />
      <PasswordField name="confirm" label={t("confirm")} error={errors.confirm} autoComplete="new-password" />
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
