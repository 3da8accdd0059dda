import { apiRoute } from "@/lib/server/api";
import { ZIdParams } from "@/lib/server/api-schemas";
import { db } from "@/lib/server/db";
import { findMatches } from "@/lib/matching/find-matches";
import { ZMatchQuery } from "@/lib/matching/schemas";

/** Passages in the investigation's other sources that speak to the claim, best first. */
export const GET = apiRoute({ params: ZIdParams, query: ZMatchQuery }, async ({ actor, params, query }) => {
  const items = await findMatches({ db, actor, input: { claimId: params.id, query } });
  return { items, nextCursor: null };
});
