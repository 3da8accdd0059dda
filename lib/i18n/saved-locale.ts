import { cache } from "react";
import { getActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getUserLocale } from "@/lib/users/get-locale";
import type { TLocale } from "./config";

/**
 * The signed-in member's saved UI language, once per request. A database outage must not take the
 * root layout down with it (the error page explains the outage in the browser's language), so a
 * failed read counts as no choice.
 */
export const getSavedLocale = cache(async (): Promise<TLocale | null> => {
  try {
    const actor = await getActor();
    return actor ? await getUserLocale({ db, actor }) : null;
  } catch {
    return null;
  }
});
