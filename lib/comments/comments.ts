import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { publishEvent } from "@/lib/events/publish";
import type { Db } from "@/lib/server/db";
import { normalizeText } from "@/lib/text/normalize";
import { AppError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/validation";
import { commentSelect, threadComments, toCommentDto, type TCommentDto } from "./dto";
import { canDeleteComment, canEditComment } from "./permissions";
import { ZAddComment, ZEditComment } from "./schemas";

type Ctx = { db: Db; actor: Actor; input: unknown };

/** Replies to a reply join the top-level thread: discussion stays one level deep. */
export async function addComment({ db, actor, input }: Ctx): Promise<TCommentDto> {
  const { claimId, body, parentId } = parseInput(ZAddComment, input);
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { investigationId: true, sourceId: true } });
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist.");
  let rootId: string | null = null;
  if (parentId) {
    const parent = await db.comment.findUnique({ where: { id: parentId }, select: { claimId: true, parentId: true } });
    if (!parent || parent.claimId !== claimId) throw new AppError("BAD_REQUEST", "You can only reply to a comment on the same claim.", { fields: [{ path: "parentId", message: "Unknown comment" }] });
    rootId = parent.parentId ?? parentId;
  }
  const row = await db.$transaction(async (tx) => {
    const created = await tx.comment.create({ data: { claimId, body: body.normalize("NFC"), bodyNormalized: normalizeText(body.normalize("NFC")), parentId: rootId, authorId: actor.id }, select: commentSelect });
    await recordAudit(tx, { actor, action: "comment.create", entityType: "Comment", entityId: created.id, data: { after: { body: created.body, parentId: rootId } } });
    return created;
  });
  await publishEvent(db, { type: "comment.created", investigationId: claim.investigationId, sourceId: claim.sourceId, claimId, actorId: actor.id });
  return toCommentDto(row);
}

export async function editComment({ db, actor, input }: Ctx): Promise<TCommentDto> {
  const { commentId, body } = parseInput(ZEditComment, input);
  const { row, before } = await db.$transaction(async (tx) => {
    const previous = await tx.comment.findUnique({ where: { id: commentId }, select: { ...commentSelect, authorId: true, claim: { select: { investigationId: true, sourceId: true } } } });
    if (!previous || previous.deletedAt) throw new AppError("NOT_FOUND", "That comment does not exist.");
    if (!canEditComment(actor, previous)) throw new AppError("FORBIDDEN", "You can only edit your own comments.");
    const updated = await tx.comment.update({ where: { id: commentId }, data: { body: body.normalize("NFC"), bodyNormalized: normalizeText(body.normalize("NFC")) }, select: commentSelect });
    await recordAudit(tx, { actor, action: "comment.update", entityType: "Comment", entityId: commentId, data: { before: { body: previous.body }, after: { body: updated.body } } });
    return { row: updated, before: previous };
  });
  await publishEvent(db, { type: "comment.updated", ...before.claim, claimId: before.claimId, actorId: actor.id });
  return toCommentDto(row);
}

/** Soft delete: the text goes, the thread's shape and the audit trail stay. */
export async function deleteComment({ db, actor, input }: { db: Db; actor: Actor; input: { commentId: string } }): Promise<void> {
  const before = await db.$transaction(async (tx) => {
    const previous = await tx.comment.findUnique({ where: { id: input.commentId }, select: { body: true, authorId: true, claimId: true, deletedAt: true, claim: { select: { investigationId: true, sourceId: true } } } });
    if (!previous || previous.deletedAt) throw new AppError("NOT_FOUND", "That comment does not exist.");
    if (!canDeleteComment(actor, previous)) throw new AppError("FORBIDDEN", "You can only delete your own comments.");
    await tx.comment.update({ where: { id: input.commentId }, data: { deletedAt: new Date() } });
    await recordAudit(tx, { actor, action: "comment.delete", entityType: "Comment", entityId: input.commentId, data: { before: { body: previous.body } } });
    return previous;
  });
  await publishEvent(db, { type: "comment.deleted", ...before.claim, claimId: before.claimId, actorId: actor.id });
}

export async function listComments({ db, actor, input }: { db: Db; actor: Actor; input: { claimId: string } }): Promise<TCommentDto[]> {
  void actor;
  const rows = await db.comment.findMany({ where: { claimId: input.claimId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: commentSelect });
  return threadComments(rows);
}
