import { z } from "zod";

// Responses of cross-source matching and claim clusters. Checked against their DTO types in
// lib/api/openapi.test.ts, like response-schemas.ts.

const id = z.string().describe("cuid");
const span = z.object({ start: z.number().int(), end: z.number().int() }).describe("Code points within `text`");
const stance = z.enum(["SUPPORTS", "REFUTES"]).describe("Suggested stance, for a person to confirm: present only when the passage clearly speaks to the claim");

export const ZPassageMatch = z
  .object({
    passageId: id,
    sourceId: id,
    sourceTitle: z.string(),
    sourceLanguage: z.string().describe("BCP 47 tag of the source's main language"),
    start: z.number().int().describe("Code-point offset into the source's clean text"),
    end: z.number().int().describe("Code-point offset into the source's clean text (exclusive)"),
    text: z.string().describe("The passage (a sentence of the source)"),
    score: z.number().describe("0–1; lexical similarity after normalization, with entity and number overlap"),
    stance: stance.optional(),
    stanceCues: z.array(z.string()).describe("The negation, refutation or figure cues that decided the stance"),
    highlights: z.array(span).describe("Where the shared terms are in `text`"),
    matchedTerms: z.array(z.string()).describe("Shared words, entity keys and figures"),
    shared: z
      .object({
        names: z.array(z.string()).describe("People, places and organizations the claim also names, as the passage spells them"),
        figures: z.array(z.string()).describe("Numbers and years the claim also gives"),
        meanings: z.array(z.string()).describe("Words of the passage meaning what words of the claim mean (glossary and dictionary), across scripts and languages"),
      })
      .describe("Why the passage matched, in its own words"),
    signals: z.object({ lexical: z.number(), concepts: z.number(), entities: z.number(), numbers: z.number() }).describe("The parts of the score, each 0–1 (concepts: shared dictionary meanings, across languages)"),
  })
  .meta({ id: "PassageMatch" });

export const ZSimilarClaim = z
  .object({
    claimId: id,
    sourceId: id,
    sourceTitle: z.string(),
    text: z.string(),
    clusterId: id.nullable(),
    score: z.number(),
    stance: stance.optional(),
    highlights: z.array(span),
  })
  .meta({ id: "SimilarClaim" });

export const ZCluster = z.object({ id, investigationId: id, label: z.string(), claimIds: z.array(id) }).meta({ id: "ClaimCluster" });

export const ZClusterSummary = z
  .object({
    id,
    label: z.string(),
    claims: z.array(z.object({ claimId: id, sourceId: id, sourceTitle: z.string(), text: z.string(), consensus: z.string().nullable(), verdicts: z.number().int(), finalVerdict: z.string().nullable() })),
    counts: z.object({ corroborated: z.number().int(), contested: z.number().int(), contradicted: z.number().int() }),
    sources: z.number().int(),
    divergent: z.boolean().describe("The claims' consensus or final labels differ"),
  })
  .meta({ id: "ClusterSummary" });
