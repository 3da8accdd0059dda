import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { publishEvent } from "@/lib/events/publish";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { withTransientRetry } from "@/lib/server/retry";
import { parseInput } from "@/lib/server/validation";
import { verdictSelect, toVerdictDto, type TVerdictDto } from "./dto";
import { anchorEvidence } from "./evidence";
import { canSaveVerdict } from "./permissions";
import { ZSaveVerdict } from "./schemas";

/**
 * Records the actor's own verdict on a claim. The save carries the version the reviewer started
 * from; if their verdict changed in between (another tab), nothing is overwritten and the newer
 * verdict comes back in a 409. Each reviewer owns one verdict, so two reviewers never conflict.
 */
export async function saveVerdict({ db, actor, input }: { db: Db; actor: Actor; input: unknown }): Promise<TVerdictDto> {
  const data = parseInput(ZSaveVerdict, input);
  const claim = await db.claim.findUnique({
    where: { id: data.claimId },
    select: { id: true, sourceId: true, investigationId: true, _count: { select: { adjudications: true } } },
  });
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist.");
  if (!canSaveVerdict(actor, { settled: claim._count.adjudications > 0 })) {
    throw new AppError("CONFLICT", "An editor has settled this claim, so its verdicts are locked. You can still comment.", { reason: "SETTLED" });
  }
  const evidence = await anchorEvidence(db, claim, data.evidence);
  const where = { claimId_reviewerId: { claimId: claim.id, reviewerId: actor.id } };

  try {
    return await withTransientRetry(() => db.$transaction(async (tx) => {
      const existing = await tx.verdict.findUnique({ where, select: verdictSelect });
      const expected = existing?.version ?? 0;
      if ((data.baseVersion ?? (existing ? -1 : 0)) !== expected) throw staleSave(existing ? toVerdictDto(existing) : null);
      const fields = { label: data.label, rationale: data.rationale.normalize("NFC") };
      let verdictId: string;
      if (existing) {
        const { count } = await tx.verdict.updateMany({ where: { id: existing.id, version: existing.version }, data: { ...fields, version: { increment: 1 } } });
        if (count === 0) throw staleSave(null);
        await tx.evidence.deleteMany({ where: { verdictId: existing.id } });
        verdictId = existing.id;
      } else {
        verdictId = (await tx.verdict.create({ data: { ...fields, claimId: claim.id, reviewerId: actor.id }, select: { id: true } })).id;
      }
      await tx.evidence.createMany({ data: evidence.map((e) => ({ ...e, verdictId })) });
      const saved = await tx.verdict.findUniqueOrThrow({ where: { id: verdictId }, select: verdictSelect });
      await tx.verdictRevision.create({
        data: { verdictId, actorId: actor.id, version: saved.version, fromLabel: existing?.label ?? null, toLabel: saved.label, rationale: saved.rationale },
      });
      const before = existing ? toVerdictDto(existing) : null;
      const after = toVerdictDto(saved);
      await recordAudit(tx, { actor, action: existing ? "verdict.update" : "verdict.create", entityType: "Verdict", entityId: verdictId, data: { before, after } });
      await publishEvent(tx, { type: "verdict.saved", investigationId: claim.investigationId, sourceId: claim.sourceId, claimId: claim.id, actorId: actor.id, at: new Date().toISOString() });
      return after;
    }));
  } catch (error) {
    // Two first saves raced (e.g. two tabs): the unique (claim, reviewer) index let one through.
    if ((error as { code?: string }).code === "P2002") {
      const current = await db.verdict.findUnique({ where, select: verdictSelect });
      throw staleSave(current ? toVerdictDto(current) : null);
    }
    if (error instanceof AppError && error.code === "CONFLICT" && !error.details?.current) {
      const current = await db.verdict.findUnique({ where, select: verdictSelect });
      throw staleSave(current ? toVerdictDto(current) : null);
    }
    throw error;
  }
}

function staleSave(current: TVerdictDto | null): AppError {
  const message = current
    ? `Your verdict changed since you opened it: it is now ${current.label} (version ${current.version}, saved ${current.updatedAt}). Nothing was overwritten; review it and save again.`
    : "Your verdict changed since you opened it. Nothing was overwritten; reload and save again.";
  return new AppError("CONFLICT", message, { reason: "STALE", ...(current ? { current } : {}) });
}
