import type { ReactNode } from "react";
import type { TCommentDto } from "@/lib/comments/dto";
import { CommentSection } from "./comment-section";
import { SafeMarkdown } from "./safe-markdown";

type Props = { claimId: string; comments: TCommentDto[]; actorId: string; canModerate: boolean };

/**
 * Renders each comment's Markdown on the server and hands the result to the interactive section,
 * so the Markdown parser (44 kB gzip) never ships to the browser. After a post or an edit the page
 * re-renders (router.refresh) and the new body arrives rendered.
 */
export function CommentsPanel(props: Props) {
  const bodies: Record<string, ReactNode> = {};
  for (const comment of props.comments.flatMap((c) => [c, ...c.replies])) {
    if (!comment.deleted) bodies[comment.id] = <SafeMarkdown source={comment.body} />;
  }
  return <CommentSection {...props} bodies={bodies} />;
}
