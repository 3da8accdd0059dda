import { apiRoute } from "@/lib/server/api";
import { ZIdParams } from "@/lib/server/api-schemas";
import { db } from "@/lib/server/db";
import { revokeToken } from "@/lib/tokens/revoke-token";

/** Revokes one of your tokens: 204; someone else's or an already revoked one is 404. Session only. */
export const DELETE = apiRoute(
  { params: ZIdParams },
  async ({ actor, params }) => {
    await revokeToken({ db, actor, input: { tokenId: params.id } });
    return new Response(null, { status: 204 });
  },
  { sessionOnly: true },
);
