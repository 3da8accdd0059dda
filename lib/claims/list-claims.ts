import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/validation";
import { claimSelect, toClaimDto, type TClaimDto } from "./dto";
import { ZListClaims } from "./schemas";

export type TPage<T> = { items: T[]; nextCursor: string | null };

/** Claims in creation order, keyset-paginated by id so pages stay stable while claims are added. */
export async function listClaims({ db, actor, input }: { db: Db; actor: Actor; input: unknown }): Promise<TPage<TClaimDto>> {
  void actor;
  const { investigationId, sourceId, cursor, limit } = parseInput(ZListClaims, input);
  if (!investigationId && !sourceId) throw new AppError("BAD_REQUEST", "Give an investigationId or a sourceId.");
  const rows = await db.claim.findMany({
    where: { ...(investigationId ? { investigationId } : {}), ...(sourceId ? { sourceId } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: claimSelect,
  });
  const hasMore = rows.length > limit;
  const items = rows.slice(0, limit).map(toClaimDto);
  return { items, nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null };
}

export async function getClaim({ db, actor, input }: { db: Db; actor: Actor; input: { claimId: string } }): Promise<TClaimDto> {
  void actor;
  const row = await db.claim.findUnique({ where: { id: input.claimId }, select: claimSelect });
  if (!row) throw new AppError("NOT_FOUND", "That claim does not exist.");
  return toClaimDto(row);
}
