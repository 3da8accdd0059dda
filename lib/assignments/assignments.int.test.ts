import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { createClaim, createUser, createWorkspace } from "@/lib/testing/workspace-fixtures";
import { saveVerdict } from "@/lib/verdicts/save-verdict";
import { listMyQueue, setAssignment } from "./assignments";
import { listClaimAssignees } from "./list-assignees";

let ws: Awaited<ReturnType<typeof createWorkspace>>;
const claims: Record<"oldest" | "middle" | "verdicted" | "assignedVerdicted" | "newest", string> = { oldest: "", middle: "", verdicted: "", assignedVerdicted: "", newest: "" };

beforeAll(async () => {
  ws = await createWorkspace(db);
  const at = (minute: number) => new Date(Date.UTC(2025, 1, 20, 10, minute));
  // Created out of order on purpose: the queue must sort by creation time, not insertion.
  const make = (text: string, minute: number) =>
    createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text, exact: "four hours", createdAt: at(minute) }).then((c) => c.id);
  claims.newest = await make("Newest", 50);
  claims.middle = await make("Middle", 20);
  claims.oldest = await make("Oldest", 10);
  claims.verdicted = await make("Verdicted, unassigned", 30);
  claims.assignedVerdicted = await make("Verdicted, assigned", 40);
  for (const claimId of [claims.verdicted, claims.assignedVerdicted]) {
    await saveVerdict({ db, actor: ws.reviewer1, input: { claimId, label: "CORROBORATED", baseVersion: 0 } });
  }
});

describe("assigning claims", () => {
  it("lets an editor assign a reviewer, once, with an audit row", async () => {
    await setAssignment({ db, actor: ws.editor, input: { claimId: claims.middle, assigneeId: ws.reviewer1.id }, assigned: true });
    await setAssignment({ db, actor: ws.editor, input: { claimId: claims.middle, assigneeId: ws.reviewer1.id }, assigned: true });
    await setAssignment({ db, actor: ws.editor, input: { claimId: claims.assignedVerdicted, assigneeId: ws.reviewer1.id }, assigned: true });
    expect((await listClaimAssignees({ db, actor: ws.reviewer2, input: { claimId: claims.middle } })).map((a) => a.name)).toEqual(["Li Wei"]);
    expect(await db.auditEvent.count({ where: { action: "assignment.create" } })).toBe(2);
  });

  it("refuses a reviewer with 403 and writes nothing", async () => {
    const error = await setAssignment({ db, actor: ws.reviewer2, input: { claimId: claims.oldest, assigneeId: ws.reviewer2.id }, assigned: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(403);
    expect(await db.assignment.count({ where: { claimId: claims.oldest } })).toBe(0);
  });

  it("refuses an inactive assignee with 400", async () => {
    const gone = await createUser(db, "REVIEWER", "Gone Reviewer", false);
    const error = await setAssignment({ db, actor: ws.editor, input: { claimId: claims.oldest, assigneeId: gone.id }, assigned: true }).catch((e: unknown) => e);
    expect((error as AppError).status).toBe(400);
  });

  it("unassigns", async () => {
    await setAssignment({ db, actor: ws.editor, input: { claimId: claims.newest, assigneeId: ws.reviewer2.id }, assigned: true });
    await setAssignment({ db, actor: ws.editor, input: { claimId: claims.newest, assigneeId: ws.reviewer2.id }, assigned: false });
    expect(await listClaimAssignees({ db, actor: ws.editor, input: { claimId: claims.newest } })).toEqual([]);
  });
});

describe("my queue", () => {
  it("lists assigned and not-yet-verdicted claims oldest first, dropping verdicted unassigned ones", async () => {
    const queue = await listMyQueue({ db, actor: ws.reviewer1, input: { investigationId: ws.investigationId } });
    expect(queue.map((q) => [q.text, q.assigned])).toEqual([
      ["Oldest", false],
      ["Middle", true],
      ["Verdicted, assigned", true],
      ["Newest", false],
    ]);
    expect(queue[0]).toMatchObject({ claimId: claims.oldest, sourceId: ws.claimSource.id, sourceTitle: "Ministry statement", createdAt: "2025-02-20T10:10:00.000Z" });
  });

  it("drops settled claims", async () => {
    await db.adjudication.create({ data: { claimId: claims.oldest, editorId: ws.editor.id, label: "CORROBORATED", rationale: "Done." } });
    const queue = await listMyQueue({ db, actor: ws.reviewer1, input: { investigationId: ws.investigationId } });
    expect(queue.map((q) => q.text)).toEqual(["Middle", "Verdicted, assigned", "Newest"]);
  });
});
