"use client";

import { useFormatter, useTranslations } from "next-intl";
import { apiFetch } from "@/components/lib/api-client";
import { DataTable } from "@/components/ui/data-table";
import { StatusLine } from "@/components/ui/status-line";
import { useRowAction } from "@/components/ui/use-row-action";
import type { TInvitationDto } from "@/lib/users/dto";

/** Pending invitations with their expiry; revoking asks first because the link stops working. */
export function InvitationTable({ invitations, onChanged }: { invitations: TInvitationDto[]; onChanged: () => void }) {
  const t = useTranslations("admin.invitations");
  const tr = useTranslations("roles");
  const format = useFormatter();
  const { pendingId, status, run } = useRowAction();

  async function revoke(invitation: TInvitationDto) {
    if (!window.confirm(t("confirmRevoke", { email: invitation.email }))) return;
    const request = () => apiFetch(`/api/v1/invitations/${encodeURIComponent(invitation.id)}`, { method: "DELETE" });
    await run(invitation.id, request, t("revoked", { email: invitation.email }), (message) => t("failed", { message }), onChanged);
  }

  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading" className="mb-2 text-lg font-semibold">{t("heading")}</h2>
      <StatusLine status={status} />
      {invitations.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <DataTable
          testId="invitation-list"
          caption={t("caption")}
          columns={[{ label: t("email") }, { label: t("role") }, { label: t("invitedBy") }, { label: t("expires") }, { label: t("revoke"), actions: true }]}
        >
              {invitations.map((invitation) => (
                <tr key={invitation.id} data-testid="invitation-row">
                  <th scope="row" className="px-4 py-3 font-medium break-all text-slate-900">{invitation.email}</th>
                  <td className="px-3 py-3 text-slate-700">{tr(invitation.role)}</td>
                  <td className="px-3 py-3 text-slate-700">{invitation.invitedBy ?? "—"}</td>
                  <td className="px-3 py-3 whitespace-nowrap text-slate-700">
                    <time dateTime={invitation.expiresAt}>{format.dateTime(new Date(invitation.expiresAt), { dateStyle: "medium", timeStyle: "short" })}</time>
                  </td>
                  <td className="px-4 py-3 text-right">
                    <button
                      type="button"
                      onClick={() => void revoke(invitation)}
                      disabled={pendingId === invitation.id}
                      aria-label={t("revokeLabel", { email: invitation.email })}
                      className="rounded border border-red-300 px-3 py-1 text-xs font-medium text-red-700 hover:bg-red-50 disabled:opacity-60"
                    >
                      {t("revoke")}
                    </button>
                  </td>
                </tr>
              ))}
        </DataTable>
      )}
    </section>
  );
}
