import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { createClaim, createWorkspace } from "@/lib/testing/workspace-fixtures";
import { addComment, deleteComment, editComment, listComments } from "./comments";

let ws: Awaited<ReturnType<typeof createWorkspace>>;
let claimId: string;

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => new Error("expected a failure"), (e: unknown) => e);
  if (!(error instanceof AppError)) throw error;
  return error;
}

beforeAll(async () => {
  ws = await createWorkspace(db);
  claimId = (await createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text: "Four hours.", exact: "lasted four hours" })).id;
});

describe("threads", () => {
  it("adds a comment and flattens a reply to a reply onto the root", async () => {
    const root = await addComment({ db, actor: ws.reviewer1, input: { claimId, body: "  Which **wire** says four?  " } });
    expect(root).toMatchObject({ parentId: null, body: "Which **wire** says four?", deleted: false, author: { id: ws.reviewer1.id, name: "Li Wei" } });
    const reply = await addComment({ db, actor: ws.reviewer2, input: { claimId, body: "Reuters.", parentId: root.id } });
    const replyToReply = await addComment({ db, actor: ws.reviewer1, input: { claimId, body: "Thanks.", parentId: reply.id } });
    expect(reply.parentId).toBe(root.id);
    expect(replyToReply.parentId).toBe(root.id);
    const threads = await listComments({ db, actor: ws.editor, input: { claimId } });
    expect(threads.map((t) => [t.body, t.replies.map((r) => r.body)])).toEqual([["Which **wire** says four?", ["Reuters.", "Thanks."]]]);
    const audit = await db.auditEvent.count({ where: { action: "comment.create", entityId: { in: [root.id, reply.id, replyToReply.id] } } });
    expect(audit).toBe(3);
  });

  it("refuses an empty body with 400 on the body field", async () => {
    const error = await failure(addComment({ db, actor: ws.reviewer1, input: { claimId, body: " \n " } }));
    expect(error.status).toBe(400);
    expect(error.details?.fields).toEqual([{ path: "body", message: "Write a comment first" }]);
  });

  it("refuses a reply to a comment on another claim", async () => {
    const other = await createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text: "Riyadh.", exact: "Riyadh" });
    const foreign = await addComment({ db, actor: ws.reviewer1, input: { claimId: other.id, body: "Elsewhere" } });
    const error = await failure(addComment({ db, actor: ws.reviewer1, input: { claimId, body: "Hi", parentId: foreign.id } }));
    expect(error.status).toBe(400);
  });
});

describe("editing and deleting", () => {
  it("lets the author edit their own comment and nobody else", async () => {
    const comment = await addComment({ db, actor: ws.reviewer1, input: { claimId, body: "First draft" } });
    const edited = await editComment({ db, actor: ws.reviewer1, input: { commentId: comment.id, body: "Second draft" } });
    expect(edited.body).toBe("Second draft");
    const error = await failure(editComment({ db, actor: ws.editor, input: { commentId: comment.id, body: "Editor's words" } }));
    expect(error.status).toBe(403);
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).body).toBe("Second draft");
  });

  it("lets the author delete their own comment, keeping its place in the thread", async () => {
    const comment = await addComment({ db, actor: ws.reviewer2, input: { claimId, body: "Oops" } });
    await deleteComment({ db, actor: ws.reviewer2, input: { commentId: comment.id } });
    const listed = (await listComments({ db, actor: ws.reviewer1, input: { claimId } })).find((c) => c.id === comment.id);
    expect(listed).toMatchObject({ deleted: true, body: "" });
    expect(await db.auditEvent.count({ where: { action: "comment.delete", entityId: comment.id } })).toBe(1);
  });

  it("lets an editor delete anyone's comment, but not a reviewer", async () => {
    const comment = await addComment({ db, actor: ws.reviewer1, input: { claimId, body: "Off-topic" } });
    const error = await failure(deleteComment({ db, actor: ws.reviewer2, input: { commentId: comment.id } }));
    expect(error.status).toBe(403);
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).deletedAt).toBeNull();
    await deleteComment({ db, actor: ws.editor, input: { commentId: comment.id } });
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).deletedAt).toBeInstanceOf(Date);
  });
});
