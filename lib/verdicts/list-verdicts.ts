import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { toVerdictDto, verdictSelect, type TVerdictDto } from "./dto";
import { canSeeOthersVerdicts } from "./permissions";

export type TVerdictRevisionDto = {
  verdictId: string;
  reviewer: { id: string; name: string };
  version: number;
  from: TVerdictDto["label"] | null;
  to: TVerdictDto["label"];
  rationale: string;
  at: string;
};

export type TClaimVerdicts = {
  mine: TVerdictDto | null;
  /** Other reviewers' verdicts, or null while blind review hides them from this actor. */
  others: TVerdictDto[] | null;
  hiddenCount: number;
  blindReview: boolean;
  history: TVerdictRevisionDto[];
};

/** A claim's verdicts as this actor may see them; blind review hides others' until one's own is in. */
export async function listVerdicts({ db, actor, input }: { db: Db; actor: Actor; input: { claimId: string } }): Promise<TClaimVerdicts> {
  const claim = await db.claim.findUnique({ where: { id: input.claimId }, select: { investigation: { select: { blindReview: true } } } });
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist.");
  const rows = await db.verdict.findMany({ where: { claimId: input.claimId }, orderBy: { createdAt: "asc" }, select: verdictSelect });
  const verdicts = rows.map(toVerdictDto);
  const mine = verdicts.find((v) => v.reviewer.id === actor.id) ?? null;
  const othersRaw = verdicts.filter((v) => v.reviewer.id !== actor.id);
  const { blindReview } = claim.investigation;
  const visible = canSeeOthersVerdicts(actor, { blindReview, hasOwnVerdict: mine !== null });
  const visibleIds = new Set((visible ? verdicts : mine ? [mine] : []).map((v) => v.id));
  const revisions = await db.verdictRevision.findMany({
    where: { verdictId: { in: [...visibleIds] } },
    orderBy: [{ createdAt: "asc" }, { version: "asc" }],
    select: { verdictId: true, version: true, fromLabel: true, toLabel: true, rationale: true, createdAt: true, verdict: { select: { reviewer: { select: { id: true, name: true } } } } },
  });
  return {
    mine,
    others: visible ? othersRaw : null,
    hiddenCount: visible ? 0 : othersRaw.length,
    blindReview,
    history: revisions.map((r) => ({
      verdictId: r.verdictId,
      reviewer: r.verdict.reviewer,
      version: r.version,
      from: r.fromLabel,
      to: r.toLabel,
      rationale: r.rationale,
      at: r.createdAt.toISOString(),
    })),
  };
}
