"use client";

import { useFormatter, useTranslations } from "next-intl";
import { apiFetch } from "@/components/lib/api-client";
import { DataTable } from "@/components/ui/data-table";
import { StatusLine } from "@/components/ui/status-line";
import { useRowAction } from "@/components/ui/use-row-action";
import type { TApiTokenDto } from "@/lib/tokens/dto";

/** The actor's active tokens; revoking asks first because whatever uses the token stops at once. */
export function TokenList({ tokens, onRevoked }: { tokens: TApiTokenDto[]; onRevoked: () => void }) {
  const t = useTranslations("tokens.list");
  const format = useFormatter();
  const { pendingId, status, run } = useRowAction();
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  async function revoke(token: TApiTokenDto) {
    if (!window.confirm(t("confirmRevoke", { name: token.name }))) return;
    const request = () => apiFetch(`/api/v1/tokens/${encodeURIComponent(token.id)}`, { method: "DELETE" });
    await run(token.id, request, t("revoked", { name: token.name }), (message) => t("revokeFailed", { message }), onRevoked);
  }

  return (
    <section aria-labelledby="token-list-heading">
      <h2 id="token-list-heading" className="mb-2 text-lg font-semibold">{t("heading")}</h2>
      <StatusLine status={status} />
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <DataTable
          testId="token-list"
          caption={t("caption")}
          columns={[{ label: t("name") }, { label: t("token") }, { label: t("created"), nowrap: true }, { label: t("lastUsed"), nowrap: true }, { label: t("actions"), actions: true }]}
        >
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
        </DataTable>
      )}
    </section>
  );
}
