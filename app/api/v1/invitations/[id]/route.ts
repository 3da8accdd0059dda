import { apiRoute } from "@/lib/server/api";
import { ZIdParams } from "@/lib/server/api-schemas";
import { db } from "@/lib/server/db";
import { revokeInvitation } from "@/lib/users/revoke-invitation";

/** Admins: withdraws a pending invitation (204); its link stops working. */
export const DELETE = apiRoute({ params: ZIdParams }, async ({ actor, params }) => {
  await revokeInvitation({ db, actor, input: { invitationId: params.id } });
  return new Response(null, { status: 204 });
});
