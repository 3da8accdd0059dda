"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ApiError, apiFetch } from "@/components/lib/api-client";
import { useHydrated } from "@/components/lib/use-hydrated";
import type { TAssignee } from "@/lib/assignments/list-assignees";
import type { TAssignableUser } from "@/lib/users/list-users";
import { AssigneeList } from "./assignee-list";

type Props = { claimId: string; assignees: TAssignee[]; users: TAssignableUser[] };

/** The editor's controls: unassign beside each assignee, and assign one more from the desk's users. */
export function AssignmentEditor({ claimId, assignees, users }: Props) {
  const t = useTranslations("claim.assignments");
  const roles = useTranslations("roles");
  const router = useRouter();
  const [choice, setChoice] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Rendered on the server and made interactive when its code arrives (it loads lazily).
  const ready = useHydrated();
  const assigned = new Set(assignees.map((a) => a.id));
  const candidates = users.filter((u) => !assigned.has(u.id));
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
    <>
      <AssigneeList
        assignees={assignees}
        action={(a) => (
          <button type="button" disabled={pending || !ready} onClick={() => void change(() => apiFetch(`${base}?assigneeId=${encodeURIComponent(a.id)}`, { method: "DELETE" }))} aria-label={t("unassignLabel", { name: a.name })} className="ml-auto text-xs text-red-700 hover:underline disabled:opacity-50">
            {t("unassign")}
          </button>
        )}
      />
      <form
        className="mt-3 space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (choice) void change(() => apiFetch(base, { method: "POST", body: { assigneeId: choice } }));
        }}
      >
        <label htmlFor="assignee-choice" className="sr-only">{t("choose")}</label>
        <select id="assignee-choice" value={choice} disabled={!ready} onChange={(e) => setChoice(e.target.value)} className="w-full rounded border border-slate-300 bg-white px-2 py-1">
          <option value="">{t("choosePlaceholder")}</option>
          {candidates.map((u) => (
            <option key={u.id} value={u.id}>{`${u.name} · ${roles(u.role)}`}</option>
          ))}
        </select>
        <button type="submit" disabled={pending || !choice || !ready} className="rounded bg-brand-600 px-3 py-1 font-medium text-white hover:bg-brand-700 disabled:opacity-50">
          {t("assign")}
        </button>
      </form>
      {error && <p role="alert" className="mt-2 text-red-700">{error}</p>}
    </>
  );
}
