"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { ApiError, apiFetch } from "@/components/lib/api-client";
import type { TCommentDto } from "@/lib/comments/dto";
import { CommentComposer } from "./comment-composer";
import { CommentItem, type TCommentActions } from "./comment-item";

/** `bodies`: each comment's Markdown, already rendered on the server (comments-panel.tsx). */
type Props = { claimId: string; comments: TCommentDto[]; actorId: string; canModerate: boolean; bodies: Record<string, ReactNode> };

/**
 * The claim's discussion. The server's list is the truth: every change goes through the API and then
 * re-renders the page (router.refresh), so what one sees is what others see.
 */
export function CommentSection({ claimId, comments, actorId, canModerate, bodies }: Props) {
  const t = useTranslations("claim.comments");
  const router = useRouter();
  const threads = useMemo(() => visibleThreads(comments), [comments]);
  const total = threads.reduce((sum, c) => sum + (c.deleted ? 0 : 1) + c.replies.length, 0);

  const actions = useMemo<TCommentActions>(() => {
    const run = async (request: Promise<unknown>): Promise<string | null> => {
      try {
        await request;
        router.refresh();
        return null;
      } catch (error) {
        if (error instanceof ApiError) return error.fieldMessage("body") ?? error.message;
        return t("failed");
      }
    };
    return {
      actorId,
      canModerate,
      reply: (parentId, body) =>
        run(apiFetch(`/api/v1/claims/${encodeURIComponent(claimId)}/comments`, { method: "POST", body: parentId ? { body, parentId } : { body } })),
      edit: (commentId, body) => run(apiFetch(`/api/v1/comments/${encodeURIComponent(commentId)}`, { method: "PATCH", body: { body } })),
      remove: (commentId) => run(apiFetch(`/api/v1/comments/${encodeURIComponent(commentId)}`, { method: "DELETE" })),
    };
  }, [actorId, canModerate, claimId, router, t]);

  return (
    <section aria-labelledby="comments-heading" className="space-y-4" data-testid="comments">
      <h2 id="comments-heading" className="flex items-baseline gap-2 text-lg font-semibold">
        {t("heading")} <span className="text-sm font-normal text-slate-500">{t("count", { count: total })}</span>
      </h2>
      {threads.length === 0 ? (
        <p className="text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <ul className="space-y-5">
          {threads.map((comment) => <CommentItem key={comment.id} comment={comment} actions={actions} bodies={bodies} />)}
        </ul>
      )}
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <CommentComposer label={t("new")} submitLabel={t("post")} onSubmit={(body) => actions.reply(null, body)} />
      </div>
    </section>
  );
}

/**
 * Deleted replies disappear; a deleted top-level comment keeps its place (as "deleted") only while
 * replies still hang from it, so the discussion never loses the context of an answer.
 */
function visibleThreads(comments: TCommentDto[]): TCommentDto[] {
  return comments
    .map((c) => ({ ...c, replies: c.replies.filter((r) => !r.deleted) }))
    .filter((c) => !c.deleted || c.replies.length > 0);
}
