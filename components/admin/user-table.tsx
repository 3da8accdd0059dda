"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { ApiError, apiFetch } from "@/components/lib/api-client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { TAccountDto } from "@/lib/users/dto";

const ROLES: Role[] = ["REVIEWER", "EDITOR", "ADMIN"];

/** Every account with inline role change and deactivate/reactivate; the server's refusal (e.g. last admin) is shown as is. */
export function UserTable({ users, actorId, onChanged }: { users: TAccountDto[]; actorId: string; onChanged: () => void }) {
  const t = useTranslations("admin.users");
  const tr = useTranslations("roles");
  const format = useFormatter();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });

  async function patch(user: TAccountDto, changes: { role?: Role; active?: boolean }, done: string) {
    setPendingId(user.id);
    setStatus(null);
    try {
      await apiFetch(`/api/v1/users/${encodeURIComponent(user.id)}`, { method: "PATCH", body: changes });
      setStatus({ ok: true, text: done });
      onChanged();
    } catch (error) {
      setStatus({ ok: false, text: t("failed", { message: error instanceof ApiError ? error.message : String(error) }) });
    } finally {
      setPendingId(null);
    }
  }

  function toggle(user: TAccountDto) {
    if (user.active && !window.confirm(t("confirmDeactivate", { name: user.name }))) return;
    void patch(user, { active: !user.active }, t(user.active ? "deactivatedDone" : "reactivatedDone", { name: user.name }));
  }

  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading" className="mb-2 text-lg font-semibold">{t("heading")}</h2>
      <p role="status" data-testid="users-status" className={status ? `mb-2 text-sm ${status.ok ? "text-emerald-800" : "text-red-700"}` : "sr-only"}>{status?.text ?? ""}</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm" data-testid="user-list">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">{t("name")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("email")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("role")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("status")}</th>
              <th scope="col" className="px-3 py-2 font-medium whitespace-nowrap">{t("created")}</th>
              <th scope="col" className="px-3 py-2 font-medium whitespace-nowrap">{t("lastSignIn")}</th>
              <th scope="col" className="px-4 py-2"><span className="sr-only">{t("actions")}</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((user) => (
              <tr key={user.id} data-testid="user-row" className={user.active ? "" : "bg-slate-50 text-slate-500"}>
                <th scope="row" className="px-4 py-3 font-medium text-slate-900">
                  {user.name}
                  {user.id === actorId && <span className="ml-1 text-xs font-normal text-slate-500">({t("you")})</span>}
                </th>
                <td className="px-3 py-3 break-all text-slate-700">{user.email}</td>
                <td className="px-3 py-3">
                  <select
                    aria-label={t("roleLabel", { name: user.name })}
                    value={user.role}
                    disabled={pendingId === user.id}
                    onChange={(event) => {
                      const role = event.target.value as Role;
                      void patch(user, { role }, t("roleChanged", { name: user.name, role: tr(role) }));
                    }}
                    className="rounded border border-slate-300 px-2 py-1 text-sm"
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>{tr(role)}</option>
                    ))}
                  </select>
                </td>
                <td className="px-3 py-3 whitespace-nowrap">
                  <span className={`rounded px-2 py-0.5 text-xs font-medium ${user.active ? "bg-emerald-50 text-emerald-800" : "bg-slate-200 text-slate-700"}`}>
                    {user.active ? t("active") : t("deactivated")}
                  </span>
                </td>
                <td className="px-3 py-3 whitespace-nowrap"><time dateTime={user.createdAt}>{date(user.createdAt)}</time></td>
                <td className="px-3 py-3 whitespace-nowrap">{user.lastSignInAt ? <time dateTime={user.lastSignInAt}>{date(user.lastSignInAt)}</time> : t("never")}</td>
                <td className="px-4 py-3 text-right">
                  <button
                    type="button"
                    onClick={() => toggle(user)}
                    disabled={pendingId === user.id}
                    aria-label={t(user.active ? "deactivateLabel" : "reactivateLabel", { name: user.name })}
                    className={`rounded border px-3 py-1 text-xs font-medium whitespace-nowrap disabled:opacity-60 ${user.active ? "border-red-300 text-red-700 hover:bg-red-50" : "border-slate-300 text-slate-700 hover:bg-slate-100"}`}
                  >
                    {pendingId === user.id ? t("saving") : user.active ? t("deactivate") : t("reactivate")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
