import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export type TClusterMember = { claimId: string; sourceId: string; sourceTitle: string; text: string; consensus: string | null; verdicts: number; finalVerdict: string | null };
export type TClusterSummary = {
  id: string;
  label: string;
  claims: TClusterMember[];
  /** Verdict counts summed over the cluster's claims. */
  counts: { corroborated: number; contested: number; contradicted: number };
  sources: number;
  /** Member claims whose consensus labels differ: the sources' versions of the claim fare differently. */
  divergent: boolean;
};

/** Every cluster of an investigation with its claims and their verdict standing: the dashboard's cluster view. */
export async function listClusters({ db, actor, input }: { db: Db; actor: Actor; input: { investigationId: string } }): Promise<TClusterSummary[]> {
  void actor;
  const investigation = await db.investigation.findUnique({ where: { id: input.investigationId }, select: { id: true } });
  if (!investigation) throw new AppError("NOT_FOUND", "That investigation does not exist.");
  const clusters = await db.claimCluster.findMany({
    where: { investigationId: input.investigationId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      label: true,
      claims: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true, sourceId: true, text: true, source: { select: { title: true } },
          stats: { select: { corroborated: true, contested: true, contradicted: true, consensus: true, finalVerdict: true } },
        },
      },
    },
  });
  return clusters.map((cluster) => {
    const counts = { corroborated: 0, contested: 0, contradicted: 0 };
    const claims = cluster.claims.map((c) => {
      counts.corroborated += c.stats?.corroborated ?? 0;
      counts.contested += c.stats?.contested ?? 0;
      counts.contradicted += c.stats?.contradicted ?? 0;
      const verdicts = (c.stats?.corroborated ?? 0) + (c.stats?.contested ?? 0) + (c.stats?.contradicted ?? 0);
      return { claimId: c.id, sourceId: c.sourceId, sourceTitle: c.source.title, text: c.text, consensus: c.stats?.consensus ?? null, verdicts, finalVerdict: c.stats?.finalVerdict ?? null };
    });
    const labels = new Set(claims.map((c) => c.finalVerdict ?? c.consensus).filter((l) => l !== null));
    return { id: cluster.id, label: cluster.label, claims, counts, sources: new Set(claims.map((c) => c.sourceId)).size, divergent: labels.size > 1 };
  });
}
