import { anchorOrReject } from "@/lib/claims/anchor-input";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { TEvidenceInput } from "./schemas";

type TClaimRef = { sourceId: string; investigationId: string };

/** Evidence must quote another source of the same investigation, at words that are really there. */
export async function anchorEvidence(db: Db, claim: TClaimRef, evidence: TEvidenceInput[]) {
  const ids = [...new Set(evidence.map((e) => e.sourceId))];
  const sources = new Map(
    (await db.source.findMany({ where: { id: { in: ids } }, select: { id: true, investigationId: true, title: true, cleanText: true } })).map((s) => [s.id, s]),
  );
  return evidence.map((item, index) => {
    const field = `evidence.${index}`;
    const source = sources.get(item.sourceId);
    if (!source || source.investigationId !== claim.investigationId) {
      throw fieldError(`${field}.sourceId`, "That source is not part of this claim's investigation.");
    }
    if (source.id === claim.sourceId) {
      throw fieldError(`${field}.sourceId`, "Evidence must come from another source than the claim's own.");
    }
    const anchor = anchorOrReject(source.cleanText, item, field);
    return {
      sourceId: source.id,
      sourceTitle: source.title,
      stance: item.stance,
      quoteExact: anchor.quote.exact,
      quotePrefix: anchor.quote.prefix,
      quoteSuffix: anchor.quote.suffix,
      positionStart: anchor.position.start,
      positionEnd: anchor.position.end,
      note: item.note ?? "",
    };
  });
}

function fieldError(path: string, message: string): AppError {
  return new AppError("BAD_REQUEST", message, { fields: [{ path, message }] });
}
