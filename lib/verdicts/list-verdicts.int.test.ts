import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createClaim, createWorkspace } from "@/lib/testing/workspace-fixtures";
import { listVerdicts } from "./list-verdicts";
import { saveVerdict } from "./save-verdict";

type TWorkspace = Awaited<ReturnType<typeof createWorkspace>>;

async function claimWithOneVerdict(ws: TWorkspace) {
  const claim = await createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text: "Four hours.", exact: "lasted four hours" });
  await saveVerdict({ db, actor: ws.reviewer2, input: { claimId: claim.id, label: "CONTRADICTED", rationale: "Other wires say two hours.", baseVersion: 0 } });
  return claim.id;
}

describe("with blind review on", () => {
  let ws: TWorkspace;
  let claimId: string;
  beforeAll(async () => {
    ws = await createWorkspace(db, { blindReview: true });
    claimId = await claimWithOneVerdict(ws);
  });

  it("hides others' verdicts and their history from a reviewer who has not submitted, but counts them", async () => {
    const view = await listVerdicts({ db, actor: ws.reviewer1, input: { claimId } });
    expect(view).toEqual({ mine: null, others: null, hiddenCount: 1, blindReview: true, history: [] });
  });

  it("shows everything once the reviewer has submitted", async () => {
    await saveVerdict({ db, actor: ws.reviewer1, input: { claimId, label: "CORROBORATED", baseVersion: 0 } });
    const view = await listVerdicts({ db, actor: ws.reviewer1, input: { claimId } });
    expect(view.mine?.label).toBe("CORROBORATED");
    expect(view.others?.map((v) => [v.reviewer.name, v.label, v.rationale])).toEqual([["Chen Mei", "CONTRADICTED", "Other wires say two hours."]]);
    expect(view.hiddenCount).toBe(0);
    expect(view.history.map((h) => [h.reviewer.name, h.from, h.to, h.version])).toEqual([
      ["Chen Mei", null, "CONTRADICTED", 1],
      ["Li Wei", null, "CORROBORATED", 1],
    ]);
  });

  it("always shows an editor every verdict", async () => {
    const fresh = await claimWithOneVerdict(ws);
    const view = await listVerdicts({ db, actor: ws.editor, input: { claimId: fresh } });
    expect(view.mine).toBeNull();
    expect(view.others?.map((v) => v.reviewer.name)).toEqual(["Chen Mei"]);
    expect(view.hiddenCount).toBe(0);
    expect(view.history).toHaveLength(1);
  });
});

describe("with blind review off", () => {
  it("shows a reviewer without a verdict everyone else's", async () => {
    const ws = await createWorkspace(db, { blindReview: false });
    const claimId = await claimWithOneVerdict(ws);
    const view = await listVerdicts({ db, actor: ws.reviewer1, input: { claimId } });
    expect(view.blindReview).toBe(false);
    expect(view.mine).toBeNull();
    expect(view.others?.map((v) => [v.reviewer.name, v.label])).toEqual([["Chen Mei", "CONTRADICTED"]]);
    expect(view.hiddenCount).toBe(0);
  });
});
