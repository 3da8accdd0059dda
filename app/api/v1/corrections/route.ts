import { z } from "zod";
import { listCorrections } from "@/lib/adjudication/list-corrections";
import { apiRoute } from "@/lib/server/api";
import { db } from "@/lib/server/db";

export const GET = apiRoute({ query: z.object({ investigationId: z.string().optional() }) }, async ({ query }) => ({
  items: await listCorrections({ db, input: { investigationId: query.investigationId } }),
  nextCursor: null,
}));
