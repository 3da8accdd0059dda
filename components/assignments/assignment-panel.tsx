import { useTranslations } from "next-intl";
import type { TAssignee } from "@/lib/assignments/list-assignees";
import type { TAssignableUser } from "@/lib/users/list-users";
import { AssigneeList } from "./assignee-list";
import { EditorAssignments } from "./editor-assignments";

type Props = { claimId: string; assignees: TAssignee[]; users: TAssignableUser[] | null };

/** Who the claim is assigned to; editors (given `users`) can assign and unassign from here. */
export function AssignmentPanel({ claimId, assignees, users }: Props) {
  const t = useTranslations("claim.assignments");
  return (
    <section aria-labelledby="assignments-heading" className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="assignments">
      <h2 id="assignments-heading" className="text-xs font-medium tracking-wide text-slate-500 uppercase">{t("heading")}</h2>
      {users ? <EditorAssignments claimId={claimId} assignees={assignees} users={users} /> : <AssigneeList assignees={assignees} />}
    </section>
  );
}
