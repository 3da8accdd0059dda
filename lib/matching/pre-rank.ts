import { entityForms, type TAliasIndex } from "@/lib/text/aliases";
import { idfFrom, type TTermCounts, type TTextFeatures } from "./features";

export type TProbe = { forms: string[]; weight: number };

/**
 * What a cheap first pass looks for in a candidate's normalized text: each of the claim's units
 * (IDF-weighted), each entity in any of its spellings, each figure.
 */
export function claimProbes(claim: TTextFeatures, aliases: TAliasIndex, stats: TTermCounts): TProbe[] {
  const idf = idfFrom(stats);
  return [
    ...[...claim.units.keys()].map((unit) => ({ forms: [unit.startsWith("·") ? unit.slice(1) : unit], weight: idf(unit) })),
    ...[...claim.entities.keys()].map((key) => ({ forms: entityForms(aliases, key), weight: idf(`@${key}`) })),
    ...[...claim.numbers.keys()].map((n) => ({ forms: [n], weight: 1 })),
  ];
}

/**
 * Keeps the `keep` candidates whose text contains the most probe weight, by substring search alone:
 * full features and ranking cost ~0.1 ms a candidate, so a large investigation's 200 retrieved
 * passages are narrowed before they are ranked.
 */
export function preRank<T>(probes: TProbe[], candidates: T[], keep: number, normalizedOf: (c: T) => string): T[] {
  if (candidates.length <= keep) return candidates;
  const scored = candidates.map((c) => {
    const text = normalizedOf(c);
    return { c, score: probes.reduce((sum, p) => (p.forms.some((f) => f && text.includes(f)) ? sum + p.weight : sum), 0) };
  });
  return scored.sort((a, b) => b.score - a.score).slice(0, keep).map((s) => s.c);
}
