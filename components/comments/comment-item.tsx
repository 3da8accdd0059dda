"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import type { TCommentDto } from "@/lib/comments/dto";
import { CommentComposer } from "./comment-composer";

export type TCommentActions = {
  actorId: string;
  canModerate: boolean;
  reply: (parentId: string | null, body: string) => Promise<string | null>;
  edit: (commentId: string, body: string) => Promise<string | null>;
  remove: (commentId: string) => Promise<string | null>;
};

/** One comment; a root also lists its replies and takes new ones (replies to replies join the root). */
export function CommentItem({ comment, actions, bodies, isReply = false }: { comment: TCommentDto; actions: TCommentActions; bodies: Record<string, ReactNode>; isReply?: boolean }) {
  const t = useTranslations("claim.comments");
  const format = useFormatter();
  const [mode, setMode] = useState<"view" | "edit" | "reply">("view");
  const [error, setError] = useState<string | null>(null);
  const mine = comment.author?.id === actions.actorId;
  const canDelete = !comment.deleted && (mine || actions.canModerate);
  const author = comment.author?.name ?? t("unknownAuthor");

  const remove = async () => {
    if (!window.confirm(t("confirmDelete"))) return;
    setError(await actions.remove(comment.id));
  };

  return (
    <li data-testid="comment" className={isReply ? "border-l-2 border-slate-200 pl-4" : ""}>
      <article aria-label={author}>
        <header className="flex flex-wrap items-baseline gap-x-2 text-xs text-slate-500">
          <bdi className="text-sm font-medium text-slate-900">{author}</bdi>
          <time dateTime={comment.createdAt}>{format.dateTime(new Date(comment.createdAt), { dateStyle: "medium", timeStyle: "short" })}</time>
          {comment.edited && !comment.deleted && <span>{t("edited")}</span>}
        </header>
        {comment.deleted ? (
          <p className="mt-1 text-sm text-slate-400 italic">{t("deleted")}</p>
        ) : mode === "edit" ? (
          <div className="mt-1">
            <CommentComposer label={t("editLabel")} submitLabel={t("saveEdit")} initial={comment.body} autoFocus onCancel={() => setMode("view")} onSubmit={async (body) => {
              const failure = await actions.edit(comment.id, body);
              if (!failure) setMode("view");
              return failure;
            }} />
          </div>
        ) : (
          <div className="mt-1">{bodies[comment.id]}</div>
        )}
        {mode === "view" && (
          <div className="mt-1 flex gap-3 text-xs">
            {!comment.deleted && <button type="button" onClick={() => setMode("reply")} className="text-brand-700 hover:underline" aria-label={t("replyTo", { name: author })}>{t("reply")}</button>}
            {mine && !comment.deleted && <button type="button" onClick={() => setMode("edit")} className="text-slate-600 hover:underline">{t("edit")}</button>}
            {canDelete && <button type="button" onClick={() => void remove()} className="text-red-700 hover:underline">{t("delete")}</button>}
          </div>
        )}
        {error && <p role="alert" className="mt-1 text-sm text-red-700">{error}</p>}
      </article>
      {!isReply && comment.replies.length > 0 && (
        <ul className="mt-3 space-y-3">
          {comment.replies.map((reply) => <CommentItem key={reply.id} comment={reply} actions={actions} bodies={bodies} isReply />)}
        </ul>
      )}
      {mode === "reply" && (
        <div className={`mt-3 ${isReply ? "" : "pl-4"}`}>
          <CommentComposer label={t("replyLabel")} submitLabel={t("reply")} autoFocus onCancel={() => setMode("view")} onSubmit={async (body) => {
            const failure = await actions.reply(isReply ? (comment.parentId ?? comment.id) : comment.id, body);
            if (!failure) setMode("view");
            return failure;
          }} />
        </div>
      )}
    </li>
  );
}
