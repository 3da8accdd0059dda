import { z } from "zod";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { apiRoute } from "@/lib/server/api";
import { db } from "@/lib/server/db";

export const GET = apiRoute({ query: z.record(z.string(), z.string()) }, async ({ actor, query }) => {
  const { rows, nextCursor, summary, readOnly } = await getDashboard({ db, actor, input: query });
  return { summary, rows, nextCursor, readOnly };
});
