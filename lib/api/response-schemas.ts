import { z } from "zod";
import { REASON_CODES } from "@/lib/suggestions/weights";

// What the API answers, as zod schemas for the OpenAPI document. The use cases return plain DTO
// types; lib/api/openapi.test.ts checks at compile time that each schema here infers exactly the
// JSON form of its DTO, so the documentation cannot drift from the code silently.

const id = z.string().describe("cuid");
const at = z.iso.datetime().describe("ISO 8601, UTC");
const person = z.object({ id, name: z.string() });
export const ZLabel = z.enum(["CORROBORATED", "CONTESTED", "CONTRADICTED"]);
const language = z.string().describe("BCP 47: zh-Hant, zh-Hans or en");

export const ZActor = z
  .object({ id, email: z.string(), name: z.string(), role: z.enum(["ADMIN", "EDITOR", "REVIEWER"]) })
  .meta({ id: "Actor", description: "Who the session or token belongs to" });

export const ZSourceSummary = z
  .object({
    id,
    title: z.string(),
    publisher: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: at.nullable(),
    publishedHasTime: z.boolean().describe("false: only the date of publishedAt is known"),
    languages: z.array(language).describe("Primary first"),
    claimCount: z.number().int(),
  })
  .meta({ id: "SourceSummary" });

export const ZInvestigation = z
  .object({ id, name: z.string(), description: z.string(), sourceCount: z.number().int() })
  .meta({ id: "Investigation" });

export const ZClaim = z
  .object({
    id,
    investigationId: id,
    sourceId: id,
    text: z.string().describe("The claim as a checkable statement"),
    selector: z
      .object({
        exact: z.string(),
        prefix: z.string(),
        suffix: z.string(),
        start: z.number().int().nullable().describe("Code point offset in the clean text; null when orphaned"),
        end: z.number().int().nullable(),
      })
      .describe("W3C TextQuoteSelector + TextPositionSelector over the source's clean text"),
    orphaned: z.boolean().describe("Its words are no longer in the source after a re-import"),
    createdBy: person.nullable(),
    createdAt: at,
    updatedAt: at,
    verdictCount: z.number().int(),
    commentCount: z.number().int(),
  })
  .meta({ id: "Claim" });

export const ZSourceDetail = z
  .object({
    id,
    investigation: z.object({ id, name: z.string() }),
    title: z.string(),
    publisher: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: at.nullable(),
    publishedHasTime: z.boolean(),
    languages: z.array(language),
    primaryLanguage: language,
    summary: z.string().nullable(),
    format: z.string().describe("txt, md or html"),
    fileName: z.string().nullable(),
    contentHash: z.string().describe("SHA-256 of the bytes as imported, hex"),
    importedAt: at,
    importedBy: z.object({ name: z.string() }).nullable(),
    text: z.string().describe("The clean text; claim offsets count code points in it"),
    claims: z.array(ZClaim).describe("Its first 200 claims"),
    claimsNextCursor: z.string().nullable(),
  })
  .meta({ id: "SourceDetail" });

export const ZEvidence = z.object({
  id,
  sourceId: id,
  sourceTitle: z.string(),
  stance: z.enum(["SUPPORTS", "REFUTES"]),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  note: z.string(),
});

export const ZVerdict = z
  .object({
    id,
    claimId: id,
    reviewer: person,
    label: ZLabel,
    rationale: z.string(),
    version: z.number().int().describe("Send as baseVersion when you change it"),
    evidence: z.array(ZEvidence),
    createdAt: at,
    updatedAt: at,
  })
  .meta({ id: "Verdict" });

export const ZClaimVerdicts = z.object({
  items: z.array(ZVerdict).describe("Yours first, then the others you may see"),
  nextCursor: z.null(),
  mine: ZVerdict.nullable(),
  others: z.array(ZVerdict).nullable().describe("null while blind review hides them (until you have a verdict)"),
  hiddenCount: z.number().int(),
  blindReview: z.boolean(),
  history: z.array(
    z.object({ verdictId: id, reviewer: person, version: z.number().int(), from: ZLabel.nullable(), to: ZLabel, rationale: z.string(), at }),
  ),
});

export const ZComment = z
  .object({
    id,
    claimId: id,
    parentId: id.nullable(),
    body: z.string().describe("Markdown source; empty once deleted"),
    deleted: z.boolean(),
    edited: z.boolean(),
    author: person.nullable(),
    createdAt: at,
    get replies(): z.ZodArray<typeof ZComment> {
      return z.array(ZComment).describe("One level deep: replies have none");
    },
  })
  .meta({ id: "Comment" });

export const ZFinalVerdict = z
  .object({
    id,
    claimId: id,
    label: ZLabel,
    rationale: z.string(),
    correctionNote: z.string().nullable(),
    previousLabel: ZLabel.nullable().describe("Set when this publication corrects an earlier one"),
    editor: person.nullable(),
    publishedAt: at,
  })
  .meta({ id: "FinalVerdict" });

const ZReasonCode = z.enum(REASON_CODES);

export const ZSuggestions = z
  .object({
    suggestions: z.array(
      z.object({
        start: z.number().int().describe("Code point offset of the sentence in the clean text"),
        end: z.number().int(),
        text: z.string().describe("The sentence, exactly as in the clean text"),
        score: z.number().min(0).max(1).describe("Sum of the reasons' weights, clamped to 0–1"),
        reasons: z
          .array(
            z.object({
              code: ZReasonCode.describe("Gains: official, quantity, number, date, person, reporting, entity, negation, comparison; penalties: run_on, question, short, boilerplate"),
              detail: z.string().optional().describe("The words that fired it, as in the text (up to three, comma-separated)"),
              text: z.string().describe('In English, e.g. "quotes an official (Zelensky)"'),
            }),
          )
          .describe("Heaviest gain first, penalties last"),
      }),
    ),
  })
  .meta({ id: "Suggestions" });
