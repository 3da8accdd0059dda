import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { canAdjudicate } from "@/lib/dashboard/permissions";
import { publishEvent } from "@/lib/events/publish";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/validation";
import { toFinalVerdictDto, finalVerdictSelect, type TFinalVerdictDto } from "./dto";
import { ZFinalVerdict } from "./schemas";

/**
 * An editor settles a claim: the final verdict locks reviewers' verdicts. Changing a published
 * verdict is a correction: it needs a note, supersedes the previous row (kept, never edited) and
 * appears in the public corrections log.
 */
export async function setFinalVerdict({ db, actor, input }: { db: Db; actor: Actor; input: unknown }): Promise<TFinalVerdictDto> {
  if (!canAdjudicate(actor)) throw new AppError("FORBIDDEN", "Only editors and admins can publish final verdicts.");
  const data = parseInput(ZFinalVerdict, input);
  const claim = await db.claim.findUnique({ where: { id: data.claimId }, select: { investigationId: true, sourceId: true } });
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist.");

  const dto = await db.$transaction(async (tx) => {
    // Serialises concurrent adjudications of one claim, so each correction supersedes the latest.
    await tx.$executeRaw`SELECT 1 FROM "Claim" WHERE "id" = ${data.claimId} FOR UPDATE`;
    const previous = await tx.adjudication.findFirst({ where: { claimId: data.claimId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: finalVerdictSelect });
    if (previous && !data.correctionNote) {
      throw new AppError("BAD_REQUEST", "This claim already has a published final verdict: explain the correction in a note.", {
        fields: [{ path: "correctionNote", message: "A correction note is required to change a published verdict" }],
      });
    }
    const row = await tx.adjudication.create({
      data: { claimId: data.claimId, editorId: actor.id, label: data.label, rationale: data.rationale, correctionNote: previous ? (data.correctionNote ?? null) : null, supersedesId: previous?.id ?? null },
      select: finalVerdictSelect,
    });
    await recordAudit(tx, {
      actor,
      action: previous ? "adjudication.correct" : "adjudication.publish",
      entityType: "Claim",
      entityId: data.claimId,
      data: { before: previous ? { label: previous.label, rationale: previous.rationale } : null, after: { label: row.label, rationale: row.rationale, correctionNote: row.correctionNote } },
    });
    return toFinalVerdictDto(row, previous);
  });
  await publishEvent(db, { type: "adjudication.saved", investigationId: claim.investigationId, sourceId: claim.sourceId, claimId: data.claimId, actorId: actor.id });
  return dto;
}
