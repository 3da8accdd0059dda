import { z } from "zod";
import { deleteComment, editComment } from "@/lib/comments/comments";
import { apiRoute } from "@/lib/server/api";
import { ZIdParams } from "@/lib/server/api-schemas";
import { db } from "@/lib/server/db";

export const PATCH = apiRoute({ params: ZIdParams, body: z.object({ body: z.unknown() }) }, ({ actor, params, body }) =>
  editComment({ db, actor, input: { commentId: params.id, body: body.body } }),
);

export const DELETE = apiRoute({ params: ZIdParams }, async ({ actor, params }) => {
  await deleteComment({ db, actor, input: { commentId: params.id } });
  return new Response(null, { status: 204 });
});
