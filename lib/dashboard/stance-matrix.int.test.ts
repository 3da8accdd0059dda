import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/server/db";
import { createClaim, createUser, createWorkspace, quoteOf, TEXTS } from "@/lib/testing/workspace-fixtures";
import { saveVerdict } from "@/lib/verdicts/save-verdict";
import { getStanceMatrix } from "./stance-matrix";

// One claim; the wire (A) is cited as supporting by one reviewer and refuting by another, the
// second report (B) as refuting. Blind review is on: a reviewer without a verdict sees nothing.
let ws: Awaited<ReturnType<typeof createWorkspace>>;
let outsider: Actor;
let claimId: string;
let silentClaimId: string;

beforeAll(async () => {
  ws = await createWorkspace(db, { blindReview: true });
  outsider = await createUser(db, "REVIEWER", "Outsider");
  claimId = (await createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text: "The talks lasted four hours.", exact: "the talks in Riyadh lasted four hours" })).id;
  silentClaimId = (await createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text: "They will meet again.", exact: "Both sides agreed to meet again" })).id;
  const wire = quoteOf(TEXTS.evidenceA, "the talks lasted four hours");
  const second = quoteOf(TEXTS.evidenceB, "the meeting lasted two hours");
  await saveVerdict({ db, actor: ws.reviewer1, input: { claimId, label: "CONTESTED", rationale: "Reports differ.", evidence: [{ sourceId: ws.evidenceA.id, stance: "SUPPORTS", ...wire }, { sourceId: ws.evidenceB.id, stance: "REFUTES", ...second }] } });
  await saveVerdict({ db, actor: ws.reviewer2, input: { claimId, label: "CONTRADICTED", rationale: "The wire is wrong.", evidence: [{ sourceId: ws.evidenceA.id, stance: "REFUTES", ...wire }] } });
});

const matrix = (actor: Actor) => getStanceMatrix({ db, actor, input: { investigationId: ws.investigationId, claimIds: [claimId, silentClaimId] } });

describe("stance matrix", () => {
  it("gives each source's stance per claim from the cited evidence, in source order", async () => {
    const { sources, cells } = await matrix(ws.editor);
    expect(sources.map((s) => s.title)).toEqual(["Ministry statement", "Agency wire", "Second report"]);
    expect(cells).toEqual({
      [claimId]: {
        [ws.evidenceA.id]: { stance: "MIXED", supports: 1, refutes: 1 },
        [ws.evidenceB.id]: { stance: "REFUTES", supports: 0, refutes: 1 },
      },
    });
  });

  it("under blind review shows a reviewer only the claims they have judged", async () => {
    expect((await matrix(ws.reviewer2)).cells[claimId]).toBeDefined();
    expect((await matrix(outsider)).cells).toEqual({});
  });
});
