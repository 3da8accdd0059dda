import { z } from "zod";
import { addComment, listComments } from "@/lib/comments/comments";
import { apiRoute } from "@/lib/server/api";
import { ZIdParams } from "@/lib/server/api-schemas";
import { db } from "@/lib/server/db";

export const GET = apiRoute({ params: ZIdParams }, async ({ actor, params }) => ({
  items: await listComments({ db, actor, input: { claimId: params.id } }),
  nextCursor: null,
}));

export const POST = apiRoute(
  { params: ZIdParams, body: z.record(z.string(), z.unknown()) },
  ({ actor, params, body }) => addComment({ db, actor, input: { ...body, claimId: params.id } }),
  { status: 201 },
);
