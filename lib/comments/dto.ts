import type { Prisma } from "@/lib/generated/prisma/client";

export const commentSelect = {
  id: true,
  claimId: true,
  parentId: true,
  body: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  author: { select: { id: true, name: true } },
} satisfies Prisma.CommentSelect;

type TCommentRow = Prisma.CommentGetPayload<{ select: typeof commentSelect }>;

export type TCommentDto = {
  id: string;
  claimId: string;
  parentId: string | null;
  /** Markdown source; empty once deleted (the thread keeps its place). */
  body: string;
  deleted: boolean;
  edited: boolean;
  author: { id: string; name: string } | null;
  createdAt: string;
  replies: TCommentDto[];
};

export function toCommentDto(row: TCommentRow): TCommentDto {
  return {
    id: row.id,
    claimId: row.claimId,
    parentId: row.parentId,
    body: row.deletedAt ? "" : row.body,
    deleted: row.deletedAt !== null,
    edited: row.updatedAt.getTime() - row.createdAt.getTime() > 1_000,
    author: row.author,
    createdAt: row.createdAt.toISOString(),
    replies: [],
  };
}

/** Top-level comments in order, each with its replies (one level deep). */
export function threadComments(rows: TCommentRow[]): TCommentDto[] {
  const roots: TCommentDto[] = [];
  const byId = new Map<string, TCommentDto>();
  for (const row of rows) {
    const dto = toCommentDto(row);
    byId.set(dto.id, dto);
    const parent = dto.parentId ? byId.get(dto.parentId) : undefined;
    if (parent) parent.replies.push(dto);
    else roots.push(dto);
  }
  return roots;
}
