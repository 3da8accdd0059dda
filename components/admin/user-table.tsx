"use client";

import { useFormatter, useTranslations } from "next-intl";
import { apiFetch } from "@/components/lib/api-client";
import { DataTable } from "@/components/ui/data-table";
import { StatusLine } from "@/components/ui/status-line";
import { useRowAction } from "@/components/ui/use-row-action";
import type { Role } from "@/lib/generated/prisma/enums";
import type { TAccountDto } from "@/lib/users/dto";

const ROLES: Role[] = ["REVIEWER", "EDITOR", "ADMIN"];

/** Every account with inline role change and deactivate/reactivate; the server's refusal (e.g. last admin) is shown as is. */
export function UserTable({ users, actorId, onChanged }: { users: TAccountDto[]; actorId: string; onChanged: () => void }) {
  const t = useTranslations("admin.users");
  const tr = useTranslations("roles");
  const format = useFormatter();
  const { pendingId, status, run } = useRowAction();
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });

  async function patch(user: TAccountDto, changes: { role?: Role; active?: boolean }, done: string) {
    const request = () => apiFetch(`/api/v1/users/${encodeURIComponent(user.id)}`, { method: "PATCH", body: changes });
    await run(user.id, request, done, (message) => t("failed", { message }), onChanged);
  }

  function toggle(user: TAccountDto) {
    if (user.active && !window.confirm(t("confirmDeactivate", { name: user.name }))) return;
    void patch(user, { active: !user.active }, t(user.active ? "deactivatedDone" : "reactivatedDone", { name: user.name }));
  }

  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading" className="mb-2 text-lg font-semibold">{t("heading")}</h2>
      <StatusLine status={status} testId="users-status" />
      <DataTable
        testId="user-list"
        caption={t("caption")}
        columns={[
          { label: t("name") },
          { label: t("email") },
          { label: t("role") },
          { label: t("status") },
          { label: t("created"), nowrap: true },
          { label: t("lastSignIn"), nowrap: true },
          { label: t("actions"), actions: true },
        ]}
      >
            {users.map((user) => (
              <tr key={user.id} data-testid="user-row" className={user.active ? "" : "bg-slate-50 text-slate-500"}>
                <th scope="row" className="px-4 py-3 font-medium text-slate-900">
                  {user.name}
                  {user.id === actorId && <span className="ml-1 text-xs font-normal text-slate-500">{t("you")}</span>}
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
      </DataTable>
    </section>
  );
}
