"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { ApiError, apiFetch } from "@/components/lib/api-client";
import type { TApiTokenDto } from "@/lib/tokens/dto";

/** The actor's active tokens; revoking asks first because whatever uses the token stops at once. */
export function TokenList({ tokens, onRevoked }: { tokens: TApiTokenDto[]; onRevoked: () => void }) {
  const t = useTranslations("tokens.list");
  const format = useFormatter();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  async function revoke(token: TApiTokenDto) {
    if (!window.confirm(t("confirmRevoke", { name: token.name }))) return;
    setPendingId(token.id);
    setStatus(null);
    try {
      await apiFetch(`/api/v1/tokens/${encodeURIComponent(token.id)}`, { method: "DELETE" });
      setStatus({ ok: true, text: t("revoked", { name: token.name }) });
      onRevoked();
    } catch (error) {
      setStatus({ ok: false, text: t("revokeFailed", { message: error instanceof ApiError ? error.message : String(error) }) });
    } finally {
      setPendingId(null);
    }
  }

  return (
    <section aria-labelledby="token-list-heading">
      <h2 id="token-list-heading" className="mb-2 text-lg font-semibold">{t("heading")}</h2>
      {/* Always rendered, so screen readers announce the outcome when its text arrives. */}
      <p role="status" className={status ? `mb-2 text-sm ${status.ok ? "text-emerald-800" : "text-red-700"}` : "sr-only"}>{status?.text ?? ""}</p>
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm" data-testid="token-list">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">{t("name")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("token")}</th>
                <th scope="col" className="px-3 py-2 font-medium whitespace-nowrap">{t("created")}</th>
                <th scope="col" className="px-3 py-2 font-medium whitespace-nowrap">{t("lastUsed")}</th>
                <th scope="col" className="px-4 py-2"><span className="sr-only">{t("actions")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {tokens.map((token) => (
                <tr key={token.id} data-testid="token-row">
                  <th scope="row" className="px-4 py-3 font-medium text-slate-900">{token.name}</th>
                  <td className="px-3 py-3 font-mono text-xs whitespace-nowrap text-slate-700">{token.prefix}…</td>
                  <td className="px-3 py-3 whitespace-nowrap text-slate-600"><time dateTime={token.createdAt}>{date(token.createdAt)}</time></td>
                  <td className="px-3 py-3 whitespace-nowrap text-slate-600">
                    {token.lastUsedAt ? <time dateTime={token.lastUsedAt}>{date(token.lastUsedAt)}</time> : t("never")}
                  </td>
                  <td className="px-4 py-3 text-right">
                    <button
                      type="button"
                      onClick={() => void revoke(token)}
                      disabled={pendingId === token.id}
                      aria-label={t("revokeLabel", { name: token.name })}
                      className="rounded border border-red-300 px-3 py-1 text-xs font-medium text-red-700 hover:bg-red-50 disabled:opacity-60"
                    >
                      {pendingId === token.id ? t("revoking") : t("revoke")}
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
