import { z } from "zod";
import { deleteClaim, updateClaim } from "@/lib/claims/update-claim";
import { getClaim } from "@/lib/claims/list-claims";
import { apiRoute } from "@/lib/server/api";
import { ZIdParams } from "@/lib/server/api-schemas";
import { db } from "@/lib/server/db";

export const GET = apiRoute({ params: ZIdParams }, ({ actor, params }) => getClaim({ db, actor, input: { claimId: params.id } }));

export const PATCH = apiRoute({ params: ZIdParams, body: z.object({ text: z.unknown() }) }, ({ actor, params, body }) =>
  updateClaim({ db, actor, input: { claimId: params.id, text: body.text } }),
);

export const DELETE = apiRoute({ params: ZIdParams }, async ({ actor, params }) => {
  await deleteClaim({ db, actor, input: { claimId: params.id } });
  return new Response(null, { status: 204 });
});
