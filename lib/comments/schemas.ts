import { z } from "zod";

export const ZCommentBody = z.string().trim().min(1, "Write a comment first").max(10_000, "Keep comments under 10,000 characters");
export const ZAddComment = z.object({ claimId: z.string().trim().min(1), body: ZCommentBody, parentId: z.string().trim().min(1).optional() });
export const ZEditComment = z.object({ commentId: z.string().trim().min(1), body: ZCommentBody });
