import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { createClaim, createWorkspace } from "@/lib/testing/workspace-fixtures";
import { getClaimContext } from "./claim-context";

let ws: Awaited<ReturnType<typeof createWorkspace>>;
let claimId: string;

beforeAll(async () => {
  ws = await createWorkspace(db, { blindReview: false });
  await db.source.update({ where: { id: ws.evidenceB.id }, data: { publishedAt: new Date("2025-02-01T00:00:00Z"), primaryLanguage: "zh-Hans" } });
  claimId = (await createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text: "Four hours.", exact: "four hours" })).id;
});

describe("getClaimContext", () => {
  it("names the claim's source and offers the investigation's other sources, dated first", async () => {
    const context = await getClaimContext({ db, actor: ws.reviewer1, input: { claimId } });
    expect(context.investigation).toEqual({ id: ws.investigationId, name: "Talks", blindReview: false });
    expect(context.source).toEqual({ id: ws.claimSource.id, title: "Ministry statement", lang: "en" });
    expect(context.evidenceSources).toEqual([
      { id: ws.evidenceB.id, title: "Second report", lang: "zh-Hans" },
      { id: ws.evidenceA.id, title: "Agency wire", lang: "en" },
    ]);
    expect(context.settled).toBe(false);
  });

  it("reports a settled claim", async () => {
    await db.adjudication.create({ data: { claimId, editorId: ws.editor.id, label: "CONTESTED", rationale: "Unclear." } });
    expect((await getClaimContext({ db, actor: ws.reviewer1, input: { claimId } })).settled).toBe(true);
  });

  it("answers 404 for an unknown claim", async () => {
    const error = await getClaimContext({ db, actor: ws.reviewer1, input: { claimId: "missing" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("NOT_FOUND");
  });
});
