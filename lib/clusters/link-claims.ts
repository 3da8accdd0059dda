import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { canCreateClaim } from "@/lib/claims/permissions";
import { publishEvent } from "@/lib/events/publish";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/validation";
import { ZLinkClaims } from "./schemas";

export type TClusterDto = { id: string; investigationId: string; label: string; claimIds: string[] };

const LABEL_MAX = 120;

/**
 * Links claims into one cluster. Claims already in clusters bring their clusters along (merged into
 * the oldest), so linking is transitive and never leaves a claim in two places.
 */
export async function linkClaims({ db, actor, input }: { db: Db; actor: Actor; input: unknown }): Promise<TClusterDto> {
  if (!canCreateClaim(actor)) throw new AppError("FORBIDDEN", "You cannot link claims.");
  const { claimIds, label } = parseInput(ZLinkClaims, input);
  const ids = [...new Set(claimIds)];
  if (ids.length < 2) throw new AppError("BAD_REQUEST", "Link at least two different claims.", { fields: [{ path: "claimIds", message: "Give two different claims" }] });
  const linked = await db.$transaction(async (tx) => {
    const claims = await tx.claim.findMany({ where: { id: { in: ids } }, select: { id: true, text: true, investigationId: true, sourceId: true, clusterId: true, createdAt: true }, orderBy: { createdAt: "asc" } });
    const missing = ids.filter((id) => !claims.some((c) => c.id === id));
    if (missing.length) throw new AppError("NOT_FOUND", `No claim with id ${missing.join(", ")}.`);
    const investigationId = claims[0]!.investigationId;
    if (claims.some((c) => c.investigationId !== investigationId)) throw new AppError("BAD_REQUEST", "Claims from different investigations cannot be linked.");

    const clusterIds = [...new Set(claims.map((c) => c.clusterId).filter((c): c is string => c !== null))];
    const existing = await tx.claimCluster.findMany({ where: { id: { in: clusterIds } }, orderBy: { createdAt: "asc" }, select: { id: true, label: true } });
    const target = existing[0]
      ? await tx.claimCluster.update({ where: { id: existing[0].id }, data: label ? { label } : {}, select: { id: true, label: true } })
      : await tx.claimCluster.create({ data: { investigationId, label: label ?? truncate(claims[0]!.text), createdById: actor.id }, select: { id: true, label: true } });
    const absorbed = existing.slice(1).map((c) => c.id);
    await tx.claim.updateMany({ where: { OR: [{ id: { in: ids } }, { clusterId: { in: absorbed } }] }, data: { clusterId: target.id } });
    if (absorbed.length) await tx.claimCluster.deleteMany({ where: { id: { in: absorbed } } });
    const members = await tx.claim.findMany({ where: { clusterId: target.id }, select: { id: true, sourceId: true }, orderBy: { createdAt: "asc" } });
    await recordAudit(tx, { actor, action: "cluster.link", entityType: "ClaimCluster", entityId: target.id, data: { claimIds: ids, absorbed, label: target.label } });
    return { cluster: { id: target.id, investigationId, label: target.label, claimIds: members.map((m) => m.id) }, claims };
  });
  // Events go out once the change is committed (lib/events/publish.ts).
  for (const claim of linked.claims) await publishEvent(db, { type: "claim.updated", investigationId: linked.cluster.investigationId, sourceId: claim.sourceId, claimId: claim.id, actorId: actor.id });
  return linked.cluster;
}

/** Takes one claim out of its cluster; a cluster left with fewer than two claims dissolves. */
export async function unlinkClaim({ db, actor, input }: { db: Db; actor: Actor; input: { claimId: string } }): Promise<void> {
  if (!canCreateClaim(actor)) throw new AppError("FORBIDDEN", "You cannot unlink claims.");
  const claim = await db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true, clusterId: true, investigationId: true, sourceId: true } });
    if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist.");
    if (!claim.clusterId) throw new AppError("CONFLICT", "That claim is not in a cluster.");
    await tx.claim.update({ where: { id: claim.id }, data: { clusterId: null } });
    const left = await tx.claim.count({ where: { clusterId: claim.clusterId } });
    if (left < 2) {
      await tx.claim.updateMany({ where: { clusterId: claim.clusterId }, data: { clusterId: null } });
      await tx.claimCluster.delete({ where: { id: claim.clusterId } });
    }
    await recordAudit(tx, { actor, action: "cluster.unlink", entityType: "ClaimCluster", entityId: claim.clusterId, data: { claimId: claim.id, dissolved: left < 2 } });
    return claim;
  });
  await publishEvent(db, { type: "claim.updated", investigationId: claim.investigationId, sourceId: claim.sourceId, claimId: claim.id, actorId: actor.id });
}

function truncate(text: string): string {
  const chars = Array.from(text.trim());
  return chars.length <= LABEL_MAX ? chars.join("") : `${chars.slice(0, LABEL_MAX - 1).join("")}…`;
}
