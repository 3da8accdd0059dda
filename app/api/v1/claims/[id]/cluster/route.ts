import { unlinkClaim } from "@/lib/clusters/link-claims";
import { apiRoute } from "@/lib/server/api";
import { ZIdParams } from "@/lib/server/api-schemas";
import { db } from "@/lib/server/db";

/** Takes the claim out of its cluster: 204; 409 when it is in none. */
export const DELETE = apiRoute({ params: ZIdParams }, async ({ actor, params }) => {
  await unlinkClaim({ db, actor, input: { claimId: params.id } });
  return new Response(null, { status: 204 });
});
