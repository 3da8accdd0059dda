import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { publishEvent } from "@/lib/events/publish";
import type { Db } from "@/lib/server/db";
import { normalizeText } from "@/lib/text/normalize";
import { AppError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/validation";
import { anchorOrReject } from "./anchor-input";
import { claimSelect, toClaimDto, type TClaimDto } from "./dto";
import { canCreateClaim } from "./permissions";
import { ZCreateClaim } from "./schemas";

/** Pins a claim to the exact words of its source; the selector must match the clean text. */
export async function createClaim({ db, actor, input }: { db: Db; actor: Actor; input: unknown }): Promise<TClaimDto> {
  if (!canCreateClaim(actor)) throw new AppError("FORBIDDEN", "You cannot create claims.");
  const { sourceId, text, selector } = parseInput(ZCreateClaim, input);
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { id: true, investigationId: true, cleanText: true } });
  if (!source) throw new AppError("NOT_FOUND", "That source does not exist.");
  const anchor = anchorOrReject(source.cleanText, selector);

  const dto = await db.$transaction(async (tx) => {
    const claim = await tx.claim.create({
      data: {
        investigationId: source.investigationId,
        sourceId,
        text: text.normalize("NFC"),
        textNormalized: normalizeText(text.normalize("NFC")),
        quoteExact: anchor.quote.exact,
        quotePrefix: anchor.quote.prefix,
        quoteSuffix: anchor.quote.suffix,
        positionStart: anchor.position.start,
        positionEnd: anchor.position.end,
        createdById: actor.id,
      },
      select: claimSelect,
    });
    const created = toClaimDto(claim);
    await recordAudit(tx, { actor, action: "claim.create", entityType: "Claim", entityId: claim.id, data: { after: { text: created.text, selector: created.selector } } });
    return created;
  });
  await publishEvent(db, { type: "claim.created", investigationId: source.investigationId, sourceId, claimId: dto.id, actorId: actor.id });
  return dto;
}
