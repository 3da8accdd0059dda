import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { createWorkspace, quoteOf, TEXTS } from "@/lib/testing/workspace-fixtures";
import { createClaim } from "./create-claim";
import { getClaim, listClaims } from "./list-claims";
import { deleteClaim, updateClaim } from "./update-claim";

let ws: Awaited<ReturnType<typeof createWorkspace>>;
beforeAll(async () => {
  ws = await createWorkspace(db);
});

const audits = (entityId: string) => db.auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" }, select: { action: true, actorId: true, data: true } });

describe("createClaim", () => {
  it("anchors the claim with quote and code-point position selectors, and audits it", async () => {
    const selector = quoteOf(TEXTS.claimSource, "the talks in Riyadh lasted four hours");
    const claim = await createClaim({ db, actor: ws.reviewer1, input: { sourceId: ws.claimSource.id, text: "The Riyadh talks lasted four hours", selector } });
    expect(claim.selector).toEqual({ exact: "the talks in Riyadh lasted four hours", prefix: "The minister said ", suffix: ". Both sides agreed to meet agai", start: 18, end: 55 });
    expect(claim.investigationId).toBe(ws.investigationId);
    expect(claim.createdBy?.id).toBe(ws.reviewer1.id);
    expect(await audits(claim.id)).toEqual([expect.objectContaining({ action: "claim.create", actorId: ws.reviewer1.id })]);
  });

  it("counts offsets in code points past emoji and CJK", async () => {
    const selector = quoteOf(TEXTS.evidenceA, "會談持續了四個小時");
    expect(selector.start).toBe(9); // 🇺🇦 is two code points (four UTF-16 units), then a space and 外交部表示：
    const claim = await createClaim({ db, actor: ws.reviewer1, input: { sourceId: ws.evidenceA.id, text: "會談持續了四個小時", selector } });
    expect(claim.selector.exact).toBe("會談持續了四個小時");
  });

  it("refuses a selector that does not match the text with a 400 naming the selector", async () => {
    const selector = { ...quoteOf(TEXTS.claimSource, "four hours"), start: 0, end: 10 };
    const before = await db.claim.count();
    const error = await createClaim({ db, actor: ws.reviewer1, input: { sourceId: ws.claimSource.id, text: "x", selector } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    expect((error as AppError).message).toMatch(/does not match the text/);
    expect(await db.claim.count()).toBe(before);
  });

  it("refuses empty text with a field message, and an unknown source with 404", async () => {
    const selector = quoteOf(TEXTS.claimSource, "four hours");
    await expect(createClaim({ db, actor: ws.reviewer1, input: { sourceId: ws.claimSource.id, text: "  ", selector } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      details: { fields: [{ path: "text", message: "Write the claim as a checkable statement" }] },
    });
    await expect(createClaim({ db, actor: ws.reviewer1, input: { sourceId: "missing", text: "x", selector } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("editing and deleting claims", () => {
  it("lets editors reword a claim and records before/after; reviewers get 403", async () => {
    const claim = await createClaim({ db, actor: ws.reviewer1, input: { sourceId: ws.claimSource.id, text: "Both sides agreed", selector: quoteOf(TEXTS.claimSource, "Both sides agreed to meet again") } });
    await expect(updateClaim({ db, actor: ws.reviewer1, input: { claimId: claim.id, text: "Mine" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const updated = await updateClaim({ db, actor: ws.editor, input: { claimId: claim.id, text: "Both sides agreed to meet again" } });
    expect(updated.text).toBe("Both sides agreed to meet again");
    const trail = await audits(claim.id);
    expect(trail.at(-1)).toMatchObject({ action: "claim.update", actorId: ws.editor.id, data: { before: { text: "Both sides agreed" }, after: { text: "Both sides agreed to meet again" } } });
  });

  it("lets editors delete a claim (audited); reviewers get 403; unknown ids 404", async () => {
    const claim = await createClaim({ db, actor: ws.reviewer2, input: { sourceId: ws.claimSource.id, text: "Meet again", selector: quoteOf(TEXTS.claimSource, "meet again") } });
    await expect(deleteClaim({ db, actor: ws.reviewer2, input: { claimId: claim.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteClaim({ db, actor: ws.editor, input: { claimId: claim.id } });
    await expect(getClaim({ db, actor: ws.editor, input: { claimId: claim.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await audits(claim.id)).map((a) => a.action)).toEqual(["claim.create", "claim.delete"]);
    await expect(deleteClaim({ db, actor: ws.editor, input: { claimId: claim.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("listClaims", () => {
  it("pages with a cursor in creation order and requires a filter", async () => {
    for (const words of ["The minister", "Riyadh", "four hours"]) {
      await createClaim({ db, actor: ws.reviewer2, input: { sourceId: ws.claimSource.id, text: words, selector: quoteOf(TEXTS.claimSource, words) } });
    }
    const first = await listClaims({ db, actor: ws.reviewer1, input: { investigationId: ws.investigationId, limit: 2 } });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBe(first.items[1]!.id);
    const rest = await listClaims({ db, actor: ws.reviewer1, input: { investigationId: ws.investigationId, limit: 200, cursor: first.nextCursor! } });
    const all = await listClaims({ db, actor: ws.reviewer1, input: { investigationId: ws.investigationId, limit: 200 } });
    expect([...first.items, ...rest.items].map((c) => c.id)).toEqual(all.items.map((c) => c.id));
    expect(rest.nextCursor).toBeNull();
    await expect(listClaims({ db, actor: ws.reviewer1, input: {} })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
