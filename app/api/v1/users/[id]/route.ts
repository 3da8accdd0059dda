import { z } from "zod";
import { apiRoute } from "@/lib/server/api";
import { ZIdParams } from "@/lib/server/api-schemas";
import { db } from "@/lib/server/db";
import { updateUser } from "@/lib/users/update-user";

/** Admins: `{ role?, active? }` → the account; 409 when it would leave no active admin. */
export const PATCH = apiRoute({ params: ZIdParams, body: z.unknown() }, ({ actor, params, body }) => updateUser({ db, actor, input: { userId: params.id, changes: body } }));
