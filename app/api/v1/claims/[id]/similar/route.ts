import { findSimilarClaims } from "@/lib/clusters/find-similar-claims";
import { ZSimilarQuery } from "@/lib/clusters/schemas";
import { apiRoute } from "@/lib/server/api";
import { ZIdParams } from "@/lib/server/api-schemas";
import { db } from "@/lib/server/db";

/** Claims in other sources that state the same thing: candidates for the claim's cluster. */
export const GET = apiRoute({ params: ZIdParams, query: ZSimilarQuery }, async ({ actor, params, query }) => {
  const items = await findSimilarClaims({ db, actor, input: { claimId: params.id, query } });
  return { items, nextCursor: null };
});
