import { beforeAll, describe, expect, it } from "vitest";
import { createClaim as createClaimUseCase } from "@/lib/claims/create-claim";
import { addComment } from "@/lib/comments/comments";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { saveVerdict } from "@/lib/verdicts/save-verdict";
import { createClaim, createWorkspace } from "@/lib/testing/workspace-fixtures";
import { db } from "./db";
import { AppError } from "./errors";

// PostgreSQL text cannot hold U+0000: a NUL that reached a query was a driver error and a 500.
// Use cases now refuse it as a 400 naming the field, before any query, and write nothing.

let ws: Awaited<ReturnType<typeof createWorkspace>>;
let claimId: string;

beforeAll(async () => {
  ws = await createWorkspace(db);
  claimId = (await createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text: "Four hours.", exact: "lasted four hours" })).id;
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => new Error("expected a refusal"), (e: unknown) => e);
  if (!(error instanceof AppError)) throw error;
  return error;
}

describe("NUL in input", () => {
  it("is what PostgreSQL itself refuses (the reason for the check)", async () => {
    await expect(db.comment.findMany({ where: { body: "a\u0000b" } })).rejects.toThrow(/0x00|invalid byte sequence/);
  });

  it("is a 400 naming the field in every use case that parses input, and nothing is written", async () => {
    const before = await db.auditEvent.count();
    const cases: [Promise<unknown>, string][] = [
      [addComment({ db, actor: ws.reviewer1, input: { claimId, body: "hello\u0000" } }), "body"],
      [saveVerdict({ db, actor: ws.reviewer1, input: { claimId, label: "CONTESTED", rationale: "\u0000" } }), "rationale"],
      [createClaimUseCase({ db, actor: ws.reviewer1, input: { sourceId: ws.claimSource.id, text: "x", selector: { exact: "lasted\u0000", start: 0, end: 7 } } }), "selector.exact"],
      [getDashboard({ db, actor: ws.editor, input: { investigationId: ws.investigationId, q: "four\u0000" } }), "q"],
      [getDashboard({ db, actor: ws.editor, input: { investigationId: "\u0000" } }), "investigationId"],
    ];
    for (const [promise, field] of cases) {
      const error = await refusal(promise);
      expect(error.status).toBe(400);
      expect(error.message).toContain("NUL character");
      expect(error.details).toEqual({ fields: [{ path: field, message: expect.any(String) }] });
    }
    expect(await db.auditEvent.count()).toBe(before);
    expect(await db.comment.count({ where: { claimId } })).toBe(0);
  });
});
