"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ApiError, apiFetch } from "@/components/lib/api-client";
import type { TCreatedInvitationDto } from "@/lib/users/dto";

export type TCreatedInvitation = TCreatedInvitationDto & { email: string };

const ROLES = ["REVIEWER", "EDITOR", "ADMIN"] as const;

/** Email + role → POST /api/v1/invitations; the server's field messages appear under each field. */
export function InviteForm({ onCreated }: { onCreated: (invitation: TCreatedInvitation) => void }) {
  const t = useTranslations("admin.invite");
  const tr = useTranslations("roles");
  const [errors, setErrors] = useState<{ email?: string; role?: string; form?: string }>({});
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    setPending(true);
    setErrors({});
    try {
      const created = await apiFetch<TCreatedInvitationDto>("/api/v1/invitations", { method: "POST", body: { email, role: form.get("role") } });
      onCreated({ ...created, email: email.trim().toLowerCase() });
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      const email = apiError?.fieldMessage("email");
      const role = apiError?.fieldMessage("role");
      setErrors(email || role ? { ...(email ? { email } : {}), ...(role ? { role } : {}) } : { form: t("failed", { message: apiError?.message ?? String(error) }) });
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="invite-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="invite-heading" className="text-lg font-semibold">{t("heading")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("hint")}</p>
      <form onSubmit={submit} noValidate className="mt-3 flex flex-wrap items-start gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor="invite-email" className="block text-sm font-medium text-slate-700">{t("email")}</label>
          <input
            id="invite-email"
            name="email"
            type="email"
            autoComplete="off"
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? "invite-email-error" : undefined}
            className="mt-1 w-full rounded border border-slate-300 px-3 py-1.5 text-sm aria-invalid:border-red-500"
          />
          {errors.email && <p id="invite-email-error" className="mt-1 text-sm text-red-700">{errors.email}</p>}
        </div>
        <div>
          <label htmlFor="invite-role" className="block text-sm font-medium text-slate-700">{t("role")}</label>
          <select id="invite-role" name="role" defaultValue="REVIEWER" aria-describedby={errors.role ? "invite-role-error" : undefined} className="mt-1 rounded border border-slate-300 px-3 py-1.5 text-sm">
            {ROLES.map((role) => (
              <option key={role} value={role}>{tr(role)}</option>
            ))}
          </select>
          {errors.role && <p id="invite-role-error" className="mt-1 text-sm text-red-700">{errors.role}</p>}
        </div>
        <button type="submit" disabled={pending} className="mt-6 rounded bg-brand-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? t("submitting") : t("submit")}
        </button>
      </form>
      {errors.form && <p role="alert" className="mt-2 text-sm text-red-700">{errors.form}</p>}
    </section>
  );
}
