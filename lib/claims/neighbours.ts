import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export type TClaimNeighbours = { previousId: string | null; nextId: string | null };

/**
 * The claims just before and after this one in its investigation, in the same creation order as
 * listClaims ((createdAt, id) ascending), so j/k walk the list a reviewer sees elsewhere.
 */
export async function getClaimNeighbours({ db, actor, input }: { db: Db; actor: Actor; input: { claimId: string } }): Promise<TClaimNeighbours> {
  void actor;
  const claim = await db.claim.findUnique({ where: { id: input.claimId }, select: { id: true, investigationId: true, createdAt: true } });
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist.");
  const { id, investigationId, createdAt } = claim;
  const [previous, next] = await Promise.all([
    db.claim.findFirst({
      where: { investigationId, OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    }),
    db.claim.findFirst({
      where: { investigationId, OR: [{ createdAt: { gt: createdAt } }, { createdAt, id: { gt: id } }] },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
    }),
  ]);
  return { previousId: previous?.id ?? null, nextId: next?.id ?? null };
}
