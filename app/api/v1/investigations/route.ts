import { listInvestigations } from "@/lib/investigations/list-investigations";
import { apiRoute } from "@/lib/server/api";
import { db } from "@/lib/server/db";

export const GET = apiRoute({}, async ({ actor }) => {
  const items = await listInvestigations({ db, actor });
  return { items: items.map(({ sources, ...investigation }) => ({ ...investigation, sourceCount: sources.length })), nextCursor: null };
});
