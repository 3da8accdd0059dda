import type { Actor } from "@/lib/auth/actor";
import { publishEvent } from "@/lib/events/publish";
import type { Db } from "@/lib/server/db";
import { sqlPool } from "@/lib/server/sql-pool";
import { AppError } from "@/lib/server/errors";
import { newId } from "@/lib/server/ids";
import { withTransientRetry } from "@/lib/server/retry";
import { parseInput } from "@/lib/server/validation";
import { toVerdictDto, type TVerdictDto } from "./dto";
import { anchorEvidence } from "./evidence";
import { canSaveVerdict } from "./permissions";
import { readSaveContext, writeVerdict, type TSaveContext, type TVerdictRowJson } from "./save-verdict-sql";
import { ZSaveVerdict } from "./schemas";

/**
 * Records the actor's own verdict on a claim. The save carries the version the reviewer started
 * from; if their verdict changed in between (another tab), nothing is overwritten and the newer
 * verdict comes back in a 409. Each reviewer owns one verdict, so two reviewers never conflict.
 *
 * Two statements (save-verdict-sql.ts): a read of the claim and the reviewer's verdict, then one
 * write that applies only if the verdict is still at the version read — so the audit row's
 * "before", computed from that read, is exactly what was replaced. The live event goes out after
 * the write has committed.
 */
export async function saveVerdict({ db, actor, input }: { db: Db; actor: Actor; input: unknown }): Promise<TVerdictDto> {
  const data = parseInput(ZSaveVerdict, input);
  const pool = sqlPool(db);
  const context = await readSaveContext(pool, data.claimId, actor.id);
  if (!context) throw new AppError("NOT_FOUND", "That claim does not exist.");
  assertOpen(actor, context);
  const evidence = data.evidence.length > 0 ? await anchorEvidence(db, context, data.evidence) : [];
  const reviewer = { id: actor.id, name: actor.name };

  let attempt = 0;
  const saved = await withTransientRetry(async () => {
    // A retry re-reads: a deadlock victim's view of the verdict may be stale by then.
    const current = attempt++ === 0 ? context : ((await readSaveContext(pool, data.claimId, actor.id)) ?? context);
    const existing = current.verdict;
    const expected = existing?.version ?? 0;
    if ((data.baseVersion ?? (existing ? -1 : 0)) !== expected) throw staleSave(existing ? toVerdictDto({ ...existing, claimId: data.claimId, reviewer }) : null);
    const at = new Date();
    const cited = evidence.map(({ sourceTitle, ...e }, i) => ({ ...e, id: newId(), createdAt: new Date(at.getTime() + i), source: { title: sourceTitle } }));
    const row: TVerdictRowJson = {
      id: existing?.id ?? newId(), label: data.label, rationale: data.rationale.normalize("NFC"), version: expected + 1,
      createdAt: existing?.createdAt ?? at, updatedAt: at, evidence: cited,
    };
    const before = existing ? toVerdictDto({ ...existing, claimId: data.claimId, reviewer }) : null;
    const after = toVerdictDto({ ...row, claimId: data.claimId, reviewer });
    const version = await writeVerdict(pool, {
      verdictId: row.id, claimId: data.claimId, reviewerId: actor.id, label: row.label, rationale: row.rationale, baseVersion: expected, at,
      replaceEvidence: (existing?.evidence.length ?? 0) > 0, evidence: cited.map(({ source: _source, ...e }) => e),
      revisionId: newId(), fromLabel: existing?.label ?? null,
      audit: { action: existing ? "verdict.update" : "verdict.create", data: { before, after } },
    }).catch((error: unknown) => {
      // The claim was deleted between the read and the write.
      if ((error as { code?: string }).code === "23503") throw new AppError("NOT_FOUND", "That claim does not exist.");
      throw error;
    });
    return version === row.version ? after : null;
  });
  if (!saved) {
    // Nothing was written: the verdict moved on, or an editor settled the claim, meanwhile.
    const now = await readSaveContext(pool, data.claimId, actor.id);
    if (!now) throw new AppError("NOT_FOUND", "That claim does not exist.");
    assertOpen(actor, now);
    throw staleSave(now.verdict ? toVerdictDto({ ...now.verdict, claimId: data.claimId, reviewer }) : null);
  }
  await publishEvent(db, { type: "verdict.saved", investigationId: context.investigationId, sourceId: context.sourceId, claimId: data.claimId, actorId: actor.id });
  return saved;
}

function assertOpen(actor: Actor, context: TSaveContext): void {
  if (!canSaveVerdict(actor, { settled: context.settled })) {
    throw new AppError("CONFLICT", "An editor has settled this claim, so its verdicts are locked. You can still comment.", { reason: "SETTLED" });
  }
}

function staleSave(current: TVerdictDto | null): AppError {
  const message = current
    ? `Your verdict changed since you opened it: it is now ${current.label} (version ${current.version}, saved ${current.updatedAt}). Nothing was overwritten; review it and save again.`
    : "Your verdict changed since you opened it. Nothing was overwritten; reload and save again.";
  return new AppError("CONFLICT", message, { reason: "STALE", ...(current ? { current } : {}) });
}
