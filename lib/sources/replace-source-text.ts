import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { reanchor } from "@/lib/claims/anchor";
import { publishEvent } from "@/lib/events/publish";
import { writePassages } from "@/lib/matching/passages";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { parseDocument } from "./parse-document";
import { canImportSources } from "./permissions";

type TSavedAnchor = { id: string; quoteExact: string; quotePrefix: string; quoteSuffix: string; positionStart: number | null; positionEnd: number | null };

export type TReanchorSummary = { kept: number; moved: number; fuzzy: number; orphaned: number };

/**
 * Files a corrected version of a source (same investigation, new bytes) and re-anchors every claim
 * and evidence passage on it, in one transaction. Claims that cannot be placed become "orphaned"
 * with their saved quote; nothing is dropped.
 */
export async function replaceSourceText({ db, actor, input }: { db: Db; actor: Actor; input: { sourceId: string; fileName: string; bytes: Uint8Array } }): Promise<TReanchorSummary> {
  if (!canImportSources(actor)) throw new AppError("FORBIDDEN", "Only editors and admins can re-import sources.");
  const doc = parseDocument({ fileName: input.fileName, bytes: input.bytes });
  const result = await db.$transaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true, investigationId: true, contentHash: true } });
    if (!source) throw new AppError("NOT_FOUND", "That source does not exist.");
    if (source.contentHash === doc.contentHash) return { summary: { kept: 0, moved: 0, fuzzy: 0, orphaned: 0 }, changed: null };
    await tx.source.update({
      where: { id: source.id },
      data: { rawText: doc.rawText, cleanText: doc.cleanText, contentHash: doc.contentHash, languages: doc.languages, primaryLanguage: doc.primaryLanguage, fileName: input.fileName },
    });
    await writePassages(tx, { id: source.id, investigationId: source.investigationId, cleanText: doc.cleanText });
    const summary: TReanchorSummary = { kept: 0, moved: 0, fuzzy: 0, orphaned: 0 };
    const anchorSelect = { id: true, quoteExact: true, quotePrefix: true, quoteSuffix: true, positionStart: true, positionEnd: true } as const;
    for (const claim of await tx.claim.findMany({ where: { sourceId: source.id }, select: anchorSelect })) {
      const data = placeAgain(doc.cleanText, claim, summary);
      await tx.claim.update({ where: { id: claim.id }, data: { ...data, orphaned: data.positionStart === null } });
    }
    for (const passage of await tx.evidence.findMany({ where: { sourceId: source.id }, select: anchorSelect })) {
      await tx.evidence.update({ where: { id: passage.id }, data: placeAgain(doc.cleanText, passage, summary) });
    }
    await recordAudit(tx, { actor, action: "source.replace", entityType: "Source", entityId: source.id, data: { before: { contentHash: source.contentHash }, after: { contentHash: doc.contentHash }, reanchor: summary } });
    return { summary, changed: source };
  });
  if (result.changed) await publishEvent(db, { type: "source.updated", investigationId: result.changed.investigationId, sourceId: result.changed.id, actorId: actor.id });
  return result.summary;
}

function placeAgain(text: string, saved: TSavedAnchor, summary: TReanchorSummary) {
  const result = reanchor(text, {
    quote: { exact: saved.quoteExact, prefix: saved.quotePrefix, suffix: saved.quoteSuffix },
    position: { start: saved.positionStart ?? -1, end: saved.positionEnd ?? -1 },
  });
  if (result.status === "orphaned") {
    summary.orphaned += 1;
    return { positionStart: null, positionEnd: null };
  }
  summary[result.status === "exact-position" ? "kept" : result.status] += 1;
  const { quote, position } = result.anchor;
  return { quoteExact: quote.exact, quotePrefix: quote.prefix, quoteSuffix: quote.suffix, positionStart: position.start, positionEnd: position.end };
}
