import { z } from "zod";
import { LANGUAGES } from "@/lib/sources/detect-language";
import { ZStance } from "@/lib/verdicts/schemas";

// The hand-labelled matching set (lib/matching/eval/clusters.json) and the entity alias seed
// (prisma/demo/entity-aliases.json): their shapes, and the checks that keep them honest against
// the demo corpus's clean text. Pure: the caller supplies the clean text of each source.

export const MIN_CLUSTERS = 10;

const ZKey = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lower-case words joined by hyphens");
const ZSourceRef = z.string().regex(/^\d{3}$/, "the demo file's 3-digit prefix, e.g. 004");
const ZQuote = z.object({ source: ZSourceRef, quote: z.string().min(1) }).strict();

export const ZEvalCluster = z
  .object({
    id: ZKey,
    topic: z.string().trim().min(1),
    claim: ZQuote,
    passages: z.array(ZQuote.extend({ stance: ZStance }).strict()).min(1),
    note: z.string().trim().min(1).optional(),
  })
  .strict();

export const ZEvalSet = z.object({ version: z.literal(1), clusters: z.array(ZEvalCluster) }).strict();

// lang is the script whose press uses the form. A form written the same in both scripts (普京,
// 特朗普, 莫斯科) is listed once, so every name text belongs to exactly one entry; Latin
// acronyms (US, EU, UK) are only names when matched case-sensitively.
export const ZEntityAlias = z
  .object({
    key: ZKey,
    kind: z.enum(["PERSON", "PLACE", "ORG"]),
    names: z
      .array(
        z
          .object({
            text: z.string().refine((text) => text.length > 0 && text === text.trim(), "non-empty, without outer spaces"),
            lang: z.enum(LANGUAGES),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const ZEntityAliases = z.array(ZEntityAlias);

export type TEvalSet = z.infer<typeof ZEvalSet>;
export type TEntityAlias = z.infer<typeof ZEntityAlias>;

/** Every way the files disagree with the corpus or with themselves, as readable lines; none means valid. */
export function evalSetProblems({
  set,
  aliases,
  cleanTexts,
}: {
  set: TEvalSet;
  aliases: TEntityAlias[];
  /** Clean text by 3-digit source prefix. */
  cleanTexts: ReadonlyMap<string, string>;
}): string[] {
  return [...clusterProblems(set, cleanTexts), ...aliasProblems(aliases, cleanTexts)];
}

function clusterProblems(set: TEvalSet, cleanTexts: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  if (set.clusters.length < MIN_CLUSTERS) problems.push(`only ${set.clusters.length} clusters (at least ${MIN_CLUSTERS} wanted)`);
  const ids = new Set<string>();
  for (const cluster of set.clusters) {
    if (ids.has(cluster.id)) problems.push(`cluster id "${cluster.id}" is used twice`);
    ids.add(cluster.id);
    const where = `cluster "${cluster.id}"`;
    problems.push(...quoteProblems(`${where} claim`, cluster.claim, cleanTexts));
    const seen = new Set<string>();
    cluster.passages.forEach((passage, index) => {
      const label = `${where} passage ${index + 1}`;
      problems.push(...quoteProblems(label, passage, cleanTexts));
      if (passage.source === cluster.claim.source) problems.push(`${label} is from the claim's own source ${passage.source}`);
      const identity = `${passage.source}\u0000${passage.quote}`;
      if (seen.has(identity)) problems.push(`${label} repeats an earlier passage`);
      seen.add(identity);
    });
  }
  return problems;
}

/**
 * A quote must occur exactly once: a matcher's hit is scored by overlap with the labelled span,
 * which is ambiguous when the quote occurs twice.
 */
function quoteProblems(label: string, { source, quote }: { source: string; quote: string }, cleanTexts: ReadonlyMap<string, string>) {
  const text = cleanTexts.get(source);
  if (text === undefined) return [`${label}: unknown source "${source}" (known: ${[...cleanTexts.keys()].join(", ")})`];
  const count = text.split(quote).length - 1;
  if (count === 0) return [`${label}: not an exact substring of ${source}'s clean text: "${quote}"`];
  if (count > 1) return [`${label}: occurs ${count} times in ${source}'s clean text, so it cannot be located: "${quote}"`];
  return [];
}

function aliasProblems(aliases: TEntityAlias[], cleanTexts: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  const owner = new Map<string, string>();
  const corpus = [...cleanTexts.values()];
  for (const alias of aliases) {
    if (keys.has(alias.key)) problems.push(`alias key "${alias.key}" is listed twice`);
    keys.add(alias.key);
    for (const { text } of alias.names) {
      const first = owner.get(text);
      if (first === alias.key) problems.push(`alias "${alias.key}" lists "${text}" twice`);
      else if (first) problems.push(`"${text}" is listed under both "${first}" and "${alias.key}"`);
      else owner.set(text, alias.key);
    }
    // The table seeds the demo: an entity none of whose names the corpus uses is a typo or invented.
    if (!alias.names.some(({ text }) => corpus.some((clean) => clean.includes(text)))) {
      problems.push(`alias "${alias.key}": none of its names occurs in the demo corpus`);
    }
  }
  return problems;
}
