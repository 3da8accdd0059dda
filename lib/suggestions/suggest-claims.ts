import type { Actor } from "@/lib/auth/actor";
import { loadAliasIndex } from "@/lib/entities/alias-index";
import { indexMissingPassages } from "@/lib/matching/passages";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/validation";
import { findEntityMentions } from "@/lib/text/aliases";
import { normalizeText } from "@/lib/text/normalize";
import { scoreSentence, type TReasonCode } from "./check-worthiness";
import { explainReason } from "./explain";
import { ZSuggestClaims } from "./schemas";

export type TSuggestion = {
  /** Code-point offsets of the sentence in the source's clean text, as a claim's selector takes them. */
  start: number;
  end: number;
  text: string;
  score: number;
  reasons: { code: TReasonCode; detail?: string; text: string }[];
};

/** Below this a sentence has at most one weak cue ("mentions Ukraine"): not worth a reviewer's look. */
export const MIN_SCORE = 0.3;

/**
 * The source's sentences most worth checking that no claim covers yet, best first. Any signed-in
 * member may read a source, so any may see its suggestions (the actor is kept for scoping later).
 */
export async function suggestClaims({ db, actor, input }: { db: Db; actor: Actor; input: unknown }): Promise<{ suggestions: TSuggestion[] }> {
  void actor;
  const { sourceId, limit } = parseInput(ZSuggestClaims, input);
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { id: true, investigationId: true } });
  if (!source) throw new AppError("NOT_FOUND", "This source does not exist or was removed.");

  let passages = await readPassages(db, sourceId);
  if (passages.length === 0 && (await indexMissingPassages(db, source.investigationId)) > 0) passages = await readPassages(db, sourceId);
  const [claims, aliases] = await Promise.all([
    db.claim.findMany({ where: { sourceId, orphaned: false }, select: { positionStart: true, positionEnd: true } }),
    loadAliasIndex(db),
  ]);
  const covered = (p: { start: number; end: number }) =>
    claims.some((c) => c.positionStart !== null && c.positionEnd !== null && c.positionStart < p.end && p.start < c.positionEnd);

  const seen = new Set<string>();
  const suggestions: TSuggestion[] = [];
  for (const passage of passages) {
    const normalized = normalizeText(passage.text);
    // Sites repeat headlines and leads; the first occurrence stands for all.
    const repeated = seen.has(normalized);
    seen.add(normalized);
    if (repeated || covered(passage)) continue;
    const { score, reasons } = scoreSentence({ text: passage.text, normalized, mentions: findEntityMentions(aliases, normalized).filter((mention) => mention.kind !== "TERM") /* glossary terms are not named entities */ });
    if (score < MIN_SCORE) continue;
    suggestions.push({ start: passage.start, end: passage.end, text: passage.text, score, reasons: reasons.map((r) => ({ ...r, text: explainReason(r) })) });
  }
  suggestions.sort((a, b) => b.score - a.score || a.start - b.start);
  return { suggestions: suggestions.slice(0, limit) };
}

function readPassages(db: Db, sourceId: string) {
  return db.passage.findMany({ where: { sourceId }, orderBy: { ordinal: "asc" }, select: { start: true, end: true, text: true } });
}
