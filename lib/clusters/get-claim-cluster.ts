import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";

export type TClaimCluster = { id: string; label: string; claims: { claimId: string; text: string; sourceId: string; sourceTitle: string }[] };

/** The cluster a claim belongs to, with its other claims; null when it is in none. */
export async function getClaimCluster({ db, actor, input }: { db: Db; actor: Actor; input: { claimId: string } }): Promise<TClaimCluster | null> {
  void actor;
  const claim = await db.claim.findUnique({
    where: { id: input.claimId },
    select: { cluster: { select: { id: true, label: true, claims: { orderBy: { createdAt: "asc" }, select: { id: true, text: true, sourceId: true, source: { select: { title: true } } } } } } },
  });
  if (!claim?.cluster) return null;
  const { id, label, claims } = claim.cluster;
  return { id, label, claims: claims.map((c) => ({ claimId: c.id, text: c.text, sourceId: c.sourceId, sourceTitle: c.source.title })) };
}
