import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertWithinLimit, recordAttempt } from "@/lib/security/rate-limit";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/validation";
import { tokenSelect, toTokenDto, type TCreatedTokenDto } from "./dto";
import { ownTokens } from "./permissions";
import { ZCreateToken } from "./schemas";
import { newTokenSecret } from "./token-secret";

/** Enough for every script and machine a person runs; a runaway loop minting tokens stops here. */
export const MAX_ACTIVE_TOKENS = 50;

/**
 * Makes a personal token acting as `actor`. The token is in the result and nowhere else: only its
 * SHA-256 and first characters are stored, so it cannot be shown again — the caller must say so.
 */
export async function createToken({ db, actor, input, now = new Date() }: { db: Db; actor: Actor; input: unknown; now?: Date }): Promise<TCreatedTokenDto> {
  const { name } = parseInput(ZCreateToken, input);
  // A stolen session minting tokens in a loop is slowed to 10 per 15 minutes (lib/security/rate-limit.ts).
  const limitKey = { kind: "TOKEN_CREATE" as const, accountKey: actor.id, clientAddress: "-" };
  await assertWithinLimit(db, limitKey, now);
  const { token, tokenHash, prefix } = newTokenSecret();
  const created = await db.$transaction(async (tx) => {
    const active = await tx.apiToken.count({ where: { ...ownTokens(actor), revokedAt: null } });
    if (active >= MAX_ACTIVE_TOKENS) {
      throw new AppError("UNPROCESSABLE", `You already have ${MAX_ACTIVE_TOKENS} active tokens. Revoke one you no longer use, then create a new one.`);
    }
    const row = await tx.apiToken.create({ data: { userId: actor.id, name, tokenHash, prefix }, select: tokenSelect });
    await recordAudit(tx, { actor, action: "token.create", entityType: "ApiToken", entityId: row.id, data: { name, prefix } });
    return { ...toTokenDto(row), token };
  });
  await recordAttempt(db, { ...limitKey, succeeded: true }, now);
  return created;
}
