"use client";

import { lazy, Suspense } from "react";
import type { TAssignee } from "@/lib/assignments/list-assignees";
import type { TAssignableUser } from "@/lib/users/list-users";

// Only editors assign: reviewers get the list rendered on the server and never download the
// controls. For editors they render on the server too; the browser fetches their code to make
// them interactive.
const AssignmentEditor = lazy(() => import("./assignment-editor").then((m) => ({ default: m.AssignmentEditor })));

export function EditorAssignments(props: { claimId: string; assignees: TAssignee[]; users: TAssignableUser[] }) {
  return (
    <Suspense fallback={null}>
      <AssignmentEditor {...props} />
    </Suspense>
  );
}
