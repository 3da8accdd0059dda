import { linkClaims } from "@/lib/clusters/link-claims";
import { listClusters } from "@/lib/clusters/list-clusters";
import { ZLinkClaims } from "@/lib/clusters/schemas";
import { apiRoute } from "@/lib/server/api";
import { ZInvestigationQuery } from "@/lib/server/api-schemas";
import { db } from "@/lib/server/db";

/** An investigation's claim clusters with their claims and summed verdict counts. */
export const GET = apiRoute({ query: ZInvestigationQuery }, async ({ actor, query }) => {
  const items = await listClusters({ db, actor, input: { investigationId: query.investigationId } });
  return { items, nextCursor: null };
});

/** Links claims that state the same thing into one cluster (merging clusters they already belong to). */
export const POST = apiRoute({ body: ZLinkClaims }, async ({ actor, body }) => linkClaims({ db, actor, input: body }), { status: 201 });
