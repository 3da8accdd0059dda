import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { TAssignee } from "@/lib/assignments/list-assignees";

/** The claim's assignees; `action` adds a control beside each (the editor's "unassign"). */
export function AssigneeList({ assignees, action }: { assignees: TAssignee[]; action?: (assignee: TAssignee) => ReactNode }) {
  const t = useTranslations("claim.assignments");
  if (assignees.length === 0) return <p className="mt-2 text-slate-500">{t("none")}</p>;
  return (
    <ul className="mt-2 space-y-1">
      {assignees.map((a) => (
        <li key={a.id} className="flex items-center gap-2" data-testid="assignee">
          <span className="text-slate-800">{a.name}</span>
          {action?.(a)}
        </li>
      ))}
    </ul>
  );
}
