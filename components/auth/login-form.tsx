"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { lockedSeconds } from "@/lib/auth/lockout";
import { retryAfterMinutes } from "@/lib/security/rate-window";

type FieldErrors = { email?: string; password?: string; form?: string };

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("login");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const fieldErrors: FieldErrors = {};
    if (!email) fieldErrors.email = t("emailRequired");
    if (!password) fieldErrors.password = t("passwordRequired");
    setErrors(fieldErrors);
    if (fieldErrors.email || fieldErrors.password) return;

    setPending(true);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (result?.ok && !result.error) {
        window.location.assign(callbackUrl);
        return;
      }
      const locked = lockedSeconds(result?.error);
      if (locked !== null) setErrors({ form: t("locked", { minutes: retryAfterMinutes(locked) }) });
      else setErrors({ form: result?.status && result.status >= 500 ? t("unavailable") : t("failed") });
    } catch {
      setErrors({ form: t("unavailable") });
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {errors.form && (
        <p role="alert" data-testid="login-error" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {errors.form}
        </p>
      )}
      <Field name="email" type="email" label={t("email")} autoComplete="username" error={errors.email} />
      <Field name="password" type="password" label={t("password")} autoComplete="current-password" error={errors.password} />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}

type FieldProps = { name: string; type: string; label: string; autoComplete: string; error: string | undefined };

function Field({ name, type, label, autoComplete, error }: FieldProps) {
  const errorId = `${name}-error`;
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="mt-1 w-full rounded border border-slate-300 px-3 py-2 focus:border-brand-600 focus:ring-1 focus:ring-brand-600 focus:outline-none aria-invalid:border-red-500"
      />
      {error && (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
