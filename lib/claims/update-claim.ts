import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { publishEvent } from "@/lib/events/publish";
import type { Db } from "@/lib/server/db";
import { normalizeText } from "@/lib/text/normalize";
import { AppError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/validation";
import { claimSelect, toClaimDto, type TClaimDto } from "./dto";
import { canDeleteClaim, canEditClaim } from "./permissions";
import { ZUpdateClaim } from "./schemas";

/** Rewords a claim into a checkable statement; its anchor in the source does not change. */
export async function updateClaim({ db, actor, input }: { db: Db; actor: Actor; input: unknown }): Promise<TClaimDto> {
  const { claimId, text } = parseInput(ZUpdateClaim, input);
  if (!canEditClaim(actor)) throw new AppError("FORBIDDEN", "Only editors and admins can edit claims.");
  const claim = await db.$transaction(async (tx) => {
    const before = await tx.claim.findUnique({ where: { id: claimId }, select: { text: true } });
    if (!before) throw new AppError("NOT_FOUND", "That claim does not exist.");
    const after = await tx.claim.update({ where: { id: claimId }, data: { text: text.normalize("NFC"), textNormalized: normalizeText(text.normalize("NFC")) }, select: claimSelect });
    await recordAudit(tx, { actor, action: "claim.update", entityType: "Claim", entityId: claimId, data: { before: { text: before.text }, after: { text: after.text } } });
    return after;
  });
  await publishEvent(db, { type: "claim.updated", investigationId: claim.investigationId, sourceId: claim.sourceId, claimId, actorId: actor.id });
  return toClaimDto(claim);
}

/** Removes a claim with its verdicts, evidence and comments; the audit log keeps what it was. */
export async function deleteClaim({ db, actor, input }: { db: Db; actor: Actor; input: { claimId: string } }): Promise<void> {
  if (!canDeleteClaim(actor)) throw new AppError("FORBIDDEN", "Only editors and admins can delete claims.");
  const claim = await db.$transaction(async (tx) => {
    const deleted = await tx.claim.findUnique({ where: { id: input.claimId }, select: { ...claimSelect } });
    if (!deleted) throw new AppError("NOT_FOUND", "That claim does not exist.");
    await tx.claim.delete({ where: { id: input.claimId } });
    await recordAudit(tx, { actor, action: "claim.delete", entityType: "Claim", entityId: deleted.id, data: { before: toClaimDto(deleted) } });
    return deleted;
  });
  await publishEvent(db, { type: "claim.deleted", investigationId: claim.investigationId, sourceId: claim.sourceId, claimId: claim.id, actorId: actor.id });
}
