"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { ApiError, apiFetch } from "@/components/lib/api-client";
import type { TInvitationDto } from "@/lib/users/dto";

/** Pending invitations with their expiry; revoking asks first because the link stops working. */
export function InvitationTable({ invitations, onChanged }: { invitations: TInvitationDto[]; onChanged: () => void }) {
  const t = useTranslations("admin.invitations");
  const tr = useTranslations("roles");
  const format = useFormatter();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  async function revoke(invitation: TInvitationDto) {
    if (!window.confirm(t("confirmRevoke", { email: invitation.email }))) return;
    setPendingId(invitation.id);
    setStatus(null);
    try {
      await apiFetch(`/api/v1/invitations/${encodeURIComponent(invitation.id)}`, { method: "DELETE" });
      setStatus({ ok: true, text: t("revoked", { email: invitation.email }) });
      onChanged();
    } catch (error) {
      setStatus({ ok: false, text: t("failed", { message: error instanceof ApiError ? error.message : String(error) }) });
    } finally {
      setPendingId(null);
    }
  }

  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading" className="mb-2 text-lg font-semibold">{t("heading")}</h2>
      <p role="status" className={status ? `mb-2 text-sm ${status.ok ? "text-emerald-800" : "text-red-700"}` : "sr-only"}>{status?.text ?? ""}</p>
      {invitations.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm" data-testid="invitation-list">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">{t("email")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("role")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("invitedBy")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("expires")}</th>
                <th scope="col" className="px-4 py-2"><span className="sr-only">{t("revoke")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
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
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
