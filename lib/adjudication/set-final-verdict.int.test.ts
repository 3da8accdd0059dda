import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createClaim, createWorkspace } from "@/lib/testing/workspace-fixtures";
import { saveVerdict } from "@/lib/verdicts/save-verdict";
import { listCorrections } from "./list-corrections";
import { setFinalVerdict } from "./set-final-verdict";

let ws: Awaited<ReturnType<typeof createWorkspace>>;
let claimId: string;

beforeAll(async () => {
  ws = await createWorkspace(db);
  claimId = (await createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text: "The talks lasted four hours", exact: "lasted four hours" })).id;
  await saveVerdict({ db, actor: ws.reviewer1, input: { claimId, label: "CORROBORATED" } });
});

describe("final verdicts", () => {
  it("are for editors only", async () => {
    await expect(setFinalVerdict({ db, actor: ws.reviewer1, input: { claimId, label: "CONTESTED", rationale: "x" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("need a published rationale", async () => {
    await expect(setFinalVerdict({ db, actor: ws.editor, input: { claimId, label: "CONTESTED", rationale: " " } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      details: { fields: [{ path: "rationale", message: "Publish a rationale with the final verdict" }] },
    });
  });

  it("lock reviewers' verdicts once published, and show on the claim's statistics", async () => {
    const published = await setFinalVerdict({ db, actor: ws.editor, input: { claimId, label: "CONTESTED", rationale: "Two reports give different durations." } });
    expect(published).toMatchObject({ label: "CONTESTED", previousLabel: null, correctionNote: null, editor: { id: ws.editor.id } });
    await expect(saveVerdict({ db, actor: ws.reviewer1, input: { claimId, label: "CONTRADICTED", rationale: "No.", baseVersion: 1 } })).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "SETTLED" } });
    await expect(saveVerdict({ db, actor: ws.reviewer2, input: { claimId, label: "CORROBORATED" } })).rejects.toMatchObject({ code: "CONFLICT" });
    const stats = await db.claimStats.findUniqueOrThrow({ where: { claimId }, select: { finalVerdict: true, corroborated: true } });
    expect(stats).toEqual({ finalVerdict: "CONTESTED", corroborated: 1 });
  });

  it("refuses a correction without a note and leaves the published verdict as it was", async () => {
    const before = await db.adjudication.count({ where: { claimId } });
    await expect(setFinalVerdict({ db, actor: ws.editor, input: { claimId, label: "CONTRADICTED", rationale: "New info." } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      details: { fields: [{ path: "correctionNote" }] },
    });
    expect(await db.adjudication.count({ where: { claimId } })).toBe(before);
  });

  it("lists a correction with old → new, why, who and when, and audits every change", async () => {
    const corrected = await setFinalVerdict({
      db,
      actor: ws.editor,
      input: { claimId, label: "CONTRADICTED", rationale: "The wire corrected itself.", correctionNote: "The agency retracted the four-hour figure." },
    });
    expect(corrected).toMatchObject({ label: "CONTRADICTED", previousLabel: "CONTESTED" });
    const log = await listCorrections({ db, input: { investigationId: ws.investigationId } });
    expect(log).toEqual([
      expect.objectContaining({ claimId, from: "CONTESTED", to: "CONTRADICTED", note: "The agency retracted the four-hour figure.", editor: "Elena Editor" }),
    ]);
    const audit = await db.auditEvent.findMany({ where: { entityId: claimId, action: { startsWith: "adjudication." } }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["adjudication.publish", "adjudication.correct"]);
    expect((await db.claimStats.findUniqueOrThrow({ where: { claimId } })).finalVerdict).toBe("CONTRADICTED");
  });
});
