import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { TLocale } from "@/lib/i18n/config";
import type { Db } from "@/lib/server/db";
import { parseInput } from "@/lib/server/validation";
import { ZSetLocale } from "./schemas";

export type TLocaleChoice = { locale: TLocale };

/** The member's own UI language; from now on it wins over their browser's Accept-Language. */
export async function setLocale({ db, actor, input }: { db: Db; actor: Actor; input: unknown }): Promise<TLocaleChoice> {
  const { locale } = parseInput(ZSetLocale, input);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { locale } });
    await recordAudit(tx, { actor, action: "user.locale", entityType: "User", entityId: actor.id, data: { locale } });
  });
  return { locale };
}
