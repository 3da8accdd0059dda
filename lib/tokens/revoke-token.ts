import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/validation";
import { canManageToken } from "./permissions";
import { ZRevokeToken } from "./schemas";

/**
 * Revokes one of the actor's tokens; requests with it get 401 from then on. Someone else's token
 * is "not found" rather than "forbidden", so ids cannot be probed for existence.
 */
export async function revokeToken({ db, actor, input }: { db: Db; actor: Actor; input: unknown }): Promise<void> {
  const { tokenId } = parseInput(ZRevokeToken, input);
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId }, select: { id: true, userId: true, name: true, prefix: true } });
    const notFound = new AppError("NOT_FOUND", "You have no active token with that id. It may already be revoked.");
    if (!token || !canManageToken(actor, token)) throw notFound;
    // Conditional on still being active, so two concurrent revokes audit once and the second is a 404.
    const { count } = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) throw notFound;
    await recordAudit(tx, { actor, action: "token.revoke", entityType: "ApiToken", entityId: token.id, data: { name: token.name, prefix: token.prefix } });
  });
}
