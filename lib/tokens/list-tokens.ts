import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import { tokenSelect, toTokenDto, type TApiTokenDto } from "./dto";
import { ownTokens } from "./permissions";

/** The actor's own tokens that still work, newest first; revoked ones are gone for good. */
export async function listTokens({ db, actor }: { db: Db; actor: Actor }): Promise<TApiTokenDto[]> {
  const rows = await db.apiToken.findMany({
    where: { ...ownTokens(actor), revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: tokenSelect,
  });
  return rows.map(toTokenDto);
}
