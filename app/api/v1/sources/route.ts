import { listInvestigations } from "@/lib/investigations/list-investigations";
import { apiRoute } from "@/lib/server/api";
import { ZInvestigationQuery } from "@/lib/server/api-schemas";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export const GET = apiRoute({ query: ZInvestigationQuery }, async ({ actor, query }) => {
  const investigation = (await listInvestigations({ db, actor })).find((i) => i.id === query.investigationId);
  if (!investigation) throw new AppError("NOT_FOUND", "That investigation does not exist.");
  return { items: investigation.sources, nextCursor: null };
});
