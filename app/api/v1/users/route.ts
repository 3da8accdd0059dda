import { apiRoute } from "@/lib/server/api";
import { db } from "@/lib/server/db";
import { listAccounts } from "@/lib/users/list-accounts";

/** Admins: every account, and the invitations still pending. */
export const GET = apiRoute({}, async ({ actor }) => {
  const { users, invitations } = await listAccounts({ db, actor });
  return { items: users, invitations, nextCursor: null };
});
