import { z } from "zod";
import { apiRoute } from "@/lib/server/api";
import { db } from "@/lib/server/db";
import { setLocale } from "@/lib/users/set-locale";

/** `{ locale }` → 200 `{ locale }`: the caller's UI language, kept on their account. */
export const PUT = apiRoute({ body: z.unknown() }, async ({ actor, body }) => setLocale({ db, actor, input: body }));
