import { z } from "zod";
import { apiRoute } from "@/lib/server/api";
import { requestClientAddress } from "@/lib/server/client-address";
import { db } from "@/lib/server/db";
import { changePassword } from "@/lib/users/change-password";

/** `{ currentPassword, newPassword }` → 204. Session only: a token must not be able to take over the account. */
export const POST = apiRoute(
  { body: z.unknown() },
  async ({ actor, body }) => {
    await changePassword({ db, actor, input: body, clientAddress: await requestClientAddress() });
    return new Response(null, { status: 204 });
  },
  { sessionOnly: true },
);
