import type { Actor } from "@/lib/auth/actor";
import { publishEvent } from "@/lib/events/publish";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { newId } from "@/lib/server/ids";
import { withTransientRetry } from "@/lib/server/retry";
import { sqlPool } from "@/lib/server/sql-pool";
import { parseInput } from "@/lib/server/validation";
import { toVerdictDto, type TVerdictDto } from "./dto";
import { anchorEvidence } from "./evidence";
import { canSaveVerdict } from "./permissions";
import { readSaveContext, writeVerdict, type TSaveContext } from "./save-verdict-sql";
import { ZSaveVerdict } from "./schemas";

/**
 * Records the actor's own verdict on a claim. The save carries the version the reviewer started
 * from; if their verdict changed in between (another tab), nothing is overwritten and the newer
 * verdict comes back in a 409. Each reviewer owns one verdict, so two reviewers never conflict.
 *
 * The write is one statement (save-verdict-sql.ts) that applies only if the verdict is still at that
 * version and the claim is not settled; the claim and the current verdict are read first only when
 * evidence must be anchored, or afterwards to explain a refusal. The live event goes out after commit.
 */
export async function saveVerdict({ db, actor, input }: { db: Db; actor: Actor; input: unknown }): Promise<TVerdictDto> {
  const data = parseInput(ZSaveVerdict, input);
  const pool = sqlPool(db);
  const reviewer = { id: actor.id, name: actor.name };
  let anchored: Awaited<ReturnType<typeof anchorEvidence>> = [];
  if (data.evidence.length > 0) {
    // Evidence must quote another source of the claim's investigation: that needs the claim first.
    const context = assertOpen(actor, await readSaveContext(pool, data.claimId, actor.id));
    anchored = await anchorEvidence(db, context, data.evidence);
  }
  // Without a base version a save may only be the first one; with one, it must be the current.
  const baseVersion = data.baseVersion ?? 0;

  const result = await withTransientRetry(async () => {
    const at = new Date();
    const evidence = anchored.map(({ sourceTitle, ...e }, i) => ({ ...e, id: newId(), createdAt: new Date(at.getTime() + i), source: { title: sourceTitle } }));
    const after = toVerdictDto({
      id: "", claimId: data.claimId, reviewer, label: data.label, rationale: data.rationale.normalize("NFC"), version: baseVersion + 1,
      createdAt: at, updatedAt: at, evidence,
    });
    const written = await writeVerdict(pool, {
      newId: newId(), claimId: data.claimId, reviewer, label: after.label, rationale: after.rationale, baseVersion, at,
      evidence: evidence.map(({ source: _source, ...e }) => e), revisionId: newId(), after,
    }).catch((error: unknown) => {
      // The claim was deleted while the statement ran.
      if ((error as { code?: string }).code === "23503") return null;
      throw error;
    });
    return written && { ...written, dto: written.saved ? { ...after, id: written.saved.id, createdAt: written.saved.createdAt.toISOString() } : null };
  });
  if (!result?.dto) {
    // Nothing was written: say why, from what is there now.
    const now = assertOpen(actor, result ? await readSaveContext(pool, data.claimId, actor.id) : null);
    throw staleSave(now.verdict ? toVerdictDto({ ...now.verdict, claimId: data.claimId, reviewer }) : null);
  }
  await publishEvent(db, { type: "verdict.saved", investigationId: result.investigationId, sourceId: result.sourceId, claimId: data.claimId, actorId: actor.id });
  return result.dto;
}

function assertOpen(actor: Actor, context: TSaveContext | null): TSaveContext {
  if (!context) throw new AppError("NOT_FOUND", "That claim does not exist.");
  if (!canSaveVerdict(actor, { settled: context.settled })) {
    throw new AppError("CONFLICT", "An editor has settled this claim, so its verdicts are locked. You can still comment.", { reason: "SETTLED" });
  }
  return context;
}

function staleSave(current: TVerdictDto | null): AppError {
  const message = current
    ? `Your verdict changed since you opened it: it is now ${current.label} (version ${current.version}, saved ${current.updatedAt}). Nothing was overwritten; review it and save again.`
    : "Your verdict changed since you opened it. Nothing was overwritten; reload and save again.";
  return new AppError("CONFLICT", message, { reason: "STALE", ...(current ? { current } : {}) });
}
