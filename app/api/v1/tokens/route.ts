import { z } from "zod";
import { apiRoute } from "@/lib/server/api";
import { db } from "@/lib/server/db";
import { createToken } from "@/lib/tokens/create-token";
import { listTokens } from "@/lib/tokens/list-tokens";

// Session only: a token must not be able to mint or list tokens (see apiRoute's sessionOnly).

/** Your active tokens: id, name, prefix, createdAt, lastUsedAt — never the token itself. */
export const GET = apiRoute({}, async ({ actor }) => ({ items: await listTokens({ db, actor }), nextCursor: null }), { sessionOnly: true });

/** `{ name }` → 201 `{ id, token, name, prefix, createdAt, lastUsedAt }`; the token is shown only here. */
export const POST = apiRoute({ body: z.object({ name: z.unknown() }) }, ({ actor, body }) => createToken({ db, actor, input: body }), {
  status: 201,
  sessionOnly: true,
});
