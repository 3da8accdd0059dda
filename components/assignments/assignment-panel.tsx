"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ApiError, apiFetch } from "@/components/lib/api-client";
import type { TAssignee } from "@/lib/assignments/list-assignees";
import type { TAssignableUser } from "@/lib/users/list-users";

type Props = { claimId: string; assignees: TAssignee[]; users: TAssignableUser[] | null };

/** Who the claim is assigned to; editors (given `users`) can assign and unassign from here. */
export function AssignmentPanel({ claimId, assignees, users }: Props) {
  const t = useTranslations("claim.assignments");
  const roles = useTranslations("roles");
  const router = useRouter();
  const [choice, setChoice] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const assigned = new Set(assignees.map((a) => a.id));
  const candidates = (users ?? []).filter((u) => !assigned.has(u.id));
  const base = `/api/v1/claims/${encodeURIComponent(claimId)}/assignments`;

  const change = async (request: () => Promise<unknown>) => {
    setPending(true);
    setError(null);
    try {
      await request();
      setChoice("");
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t("failed"));
    } finally {
      setPending(false);
    }
  };

  return (
    <section aria-labelledby="assignments-heading" className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="assignments">
      <h2 id="assignments-heading" className="text-xs font-medium tracking-wide text-slate-500 uppercase">{t("heading")}</h2>
      {assignees.length === 0 ? (
        <p className="mt-2 text-slate-500">{t("none")}</p>
      ) : (
        <ul className="mt-2 space-y-1">
          {assignees.map((a) => (
            <li key={a.id} className="flex items-center gap-2" data-testid="assignee">
              <span className="text-slate-800">{a.name}</span>
              {users && (
                <button type="button" disabled={pending} onClick={() => void change(() => apiFetch(`${base}?assigneeId=${encodeURIComponent(a.id)}`, { method: "DELETE" }))} aria-label={t("unassignLabel", { name: a.name })} className="ml-auto text-xs text-red-700 hover:underline disabled:opacity-50">
                  {t("unassign")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {users && (
        <form
          className="mt-3 space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (choice) void change(() => apiFetch(base, { method: "POST", body: { assigneeId: choice } }));
          }}
        >
          <label htmlFor="assignee-choice" className="sr-only">{t("choose")}</label>
          <select id="assignee-choice" value={choice} onChange={(e) => setChoice(e.target.value)} className="w-full rounded border border-slate-300 bg-white px-2 py-1">
            <option value="">{t("choosePlaceholder")}</option>
            {candidates.map((u) => (
              <option key={u.id} value={u.id}>{`${u.name} · ${roles(u.role)}`}</option>
            ))}
          </select>
          <button type="submit" disabled={pending || !choice} className="rounded bg-brand-600 px-3 py-1 font-medium text-white hover:bg-brand-700 disabled:opacity-50">
            {t("assign")}
          </button>
        </form>
      )}
      {error && <p role="alert" className="mt-2 text-red-700">{error}</p>}
    </section>
  );
}
