import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { publishEvent } from "@/lib/events/publish";
import type { Db } from "@/lib/server/db";
import { normalizeText } from "@/lib/text/normalize";
import { AppError } from "@/lib/server/errors";
import { withTransientRetry } from "@/lib/server/retry";
import { parseInput } from "@/lib/server/validation";
import { verdictSelect, toVerdictDto, type TVerdictDto } from "./dto";
import { anchorEvidence } from "./evidence";
import { canSaveVerdict } from "./permissions";
import { ZSaveVerdict } from "./schemas";

const savedSelect = { id: true, claimId: true, label: true, rationale: true, version: true, createdAt: true, updatedAt: true } as const;
const evidenceSelect = verdictSelect.evidence.select;

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
  const evidence = data.evidence.length > 0 ? await anchorEvidence(db, claim, data.evidence) : [];
  const where = { claimId_reviewerId: { claimId: claim.id, reviewerId: actor.id } };

  try {
    return await withTransientRetry(() => db.$transaction(async (tx) => {
      const existing = await tx.verdict.findUnique({ where, select: verdictSelect });
      const expected = existing?.version ?? 0;
      if ((data.baseVersion ?? (existing ? -1 : 0)) !== expected) throw staleSave(existing ? toVerdictDto(existing) : null);
      const before = existing ? toVerdictDto(existing) : null;
      // NOTIFY is only delivered at commit, so it can go before the writes below.
      await publishEvent(tx, { type: "verdict.saved", investigationId: claim.investigationId, sourceId: claim.sourceId, claimId: claim.id, actorId: actor.id });
      // From the verdict write on, the ClaimStats trigger holds this claim's statistics row until
      // commit, and every other save on the claim waits for it: keep the round trips after it few
      // (the written rows come back from the writes themselves rather than from a re-read).
      const rationale = data.rationale.normalize("NFC");
      const fields = { label: data.label, rationale, rationaleNormalized: normalizeText(rationale) };
      const saved = existing
        ? await tx.verdict.update({ where: { id: existing.id, version: existing.version }, data: { ...fields, version: { increment: 1 } }, select: savedSelect })
        : await tx.verdict.create({ data: { ...fields, claimId: claim.id, reviewerId: actor.id }, select: savedSelect });
      if (existing && existing.evidence.length > 0) await tx.evidence.deleteMany({ where: { verdictId: saved.id } });
      const cited = evidence.length > 0 ? await tx.evidence.createManyAndReturn({ data: evidence.map((e) => ({ ...e, verdictId: saved.id })), select: evidenceSelect }) : [];
      const after = toVerdictDto({ ...saved, reviewer: { id: actor.id, name: actor.name }, evidence: cited });
      await tx.verdictRevision.create({
        data: { verdictId: saved.id, actorId: actor.id, version: saved.version, fromLabel: existing?.label ?? null, toLabel: saved.label, rationale: saved.rationale },
        select: { id: true },
      });
      await recordAudit(tx, { actor, action: existing ? "verdict.update" : "verdict.create", entityType: "Verdict", entityId: saved.id, data: { before, after } });
      return after;
    }));
  } catch (error) {
    const code = (error as { code?: string }).code;
    // P2002: two first saves raced (e.g. two tabs) and the unique (claim, reviewer) index let one
    // through. P2025: another save moved the version between our read and our update.
    if (code === "P2002" || code === "P2025" || (error instanceof AppError && error.code === "CONFLICT" && !error.details?.current)) {
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
