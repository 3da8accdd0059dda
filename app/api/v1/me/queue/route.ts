import { z } from "zod";
import { listMyQueue } from "@/lib/assignments/assignments";
import { apiRoute } from "@/lib/server/api";
import { db } from "@/lib/server/db";

export const GET = apiRoute({ query: z.object({ investigationId: z.string().optional() }) }, async ({ actor, query }) => ({
  items: await listMyQueue({ db, actor, input: { investigationId: query.investigationId } }),
  nextCursor: null,
}));
