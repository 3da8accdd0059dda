import type { Actor } from "@/lib/auth/actor";
import { isLocale, type TLocale } from "@/lib/i18n/config";
import type { Db } from "@/lib/server/db";

/** The member's saved UI language, or null when they never chose one (or it is no longer offered). */
export async function getUserLocale({ db, actor }: { db: Db; actor: Actor }): Promise<TLocale | null> {
  const saved = (await db.user.findUnique({ where: { id: actor.id }, select: { locale: true } }))?.locale;
  return isLocale(saved) ? saved : null;
}
