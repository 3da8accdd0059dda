import { z } from "zod";
import { apiRoute } from "@/lib/server/api";
import { db } from "@/lib/server/db";
import { invitationOrigin } from "@/lib/users/invitation-origin";
import { invitationUrl } from "@/lib/users/invitation-secret";
import { inviteUser } from "@/lib/users/invite-user";

/** Admins: `{ email, role }` → 201 `{ id, url, expiresAt }`; the link is shown only here. */
export const POST = apiRoute(
  { body: z.unknown() },
  async ({ actor, body, request }) => {
    const invitation = await inviteUser({ db, actor, input: body });
    return { id: invitation.id, url: invitationUrl(invitationOrigin(request.nextUrl.origin), invitation.token), expiresAt: invitation.expiresAt.toISOString() };
  },
  { status: 201 },
);
