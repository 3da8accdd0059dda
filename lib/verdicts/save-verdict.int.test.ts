import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { createClaim, createUser, createWorkspace, quoteOf, TEXTS } from "@/lib/testing/workspace-fixtures";
import type { TVerdictDto } from "./dto";
import { saveVerdict } from "./save-verdict";

let ws: Awaited<ReturnType<typeof createWorkspace>>;
let claimId: string;

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => new Error("expected the save to fail"),
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw error;
  return error;
}

const save = (actor: Actor, input: Record<string, unknown>) => saveVerdict({ db, actor, input: { claimId, ...input } });
const wireQuote = () => quoteOf(TEXTS.evidenceA, "the talks lasted four hours");

beforeAll(async () => {
  ws = await createWorkspace(db);
  claimId = (await createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text: "The Riyadh talks lasted four hours.", exact: "the talks in Riyadh lasted four hours" })).id;
});

describe("saving one's own verdict", () => {
  let first: TVerdictDto;
  let second: TVerdictDto;

  it("creates version 1 with evidence anchored in code points (after an emoji and CJK)", async () => {
    first = await save(ws.reviewer1, { label: "CORROBORATED", rationale: "", baseVersion: 0, evidence: [{ sourceId: ws.evidenceA.id, stance: "SUPPORTS", note: " wire copy ", ...wireQuote() }] });
    expect(first.version).toBe(1);
    expect(first.label).toBe("CORROBORATED");
    expect(first.reviewer).toEqual({ id: ws.reviewer1.id, name: "Li Wei" });
    expect(first.evidence).toHaveLength(1);
    const [evidence] = first.evidence;
    // "🇺🇦 外交部表示：會談持續了四個小時。Officials confirmed " is 2 + 1 + 16 + 20 = 39 code points (41 UTF-16 units).
    expect(evidence).toMatchObject({ sourceId: ws.evidenceA.id, sourceTitle: "Agency wire", stance: "SUPPORTS", exact: "the talks lasted four hours", start: 39, end: 66, note: "wire copy" });
    // The server stores exactly 32 code points of context, whatever the client sent.
    expect(evidence?.prefix).toBe("示：會談持續了四個小時。Officials confirmed ");
    expect(evidence?.suffix).toBe(" in Riyadh.");
  });

  it("updates with the version it was opened at, replacing the evidence", async () => {
    second = await save(ws.reviewer1, {
      label: "CONTESTED",
      rationale: "Two reports disagree on the length.",
      baseVersion: 1,
      evidence: [{ sourceId: ws.evidenceB.id, stance: "REFUTES", ...quoteOf(TEXTS.evidenceB, "the meeting lasted two hours") }],
    });
    expect(second).toMatchObject({ id: first.id, version: 2, label: "CONTESTED", rationale: "Two reports disagree on the length." });
    expect(second.evidence.map((e) => [e.sourceTitle, e.stance, e.exact])).toEqual([["Second report", "REFUTES", "the meeting lasted two hours"]]);
    expect(await db.evidence.count({ where: { verdictId: first.id } })).toBe(1);
  });

  it("refuses a stale base version with 409, the newer verdict, and overwrites nothing", async () => {
    const error = await failure(save(ws.reviewer1, { label: "CONTRADICTED", rationale: "Old tab", baseVersion: 1, evidence: [] }));
    expect(error.status).toBe(409);
    expect(error.details?.reason).toBe("STALE");
    const current = error.details?.current as TVerdictDto;
    expect(current).toMatchObject({ id: first.id, version: 2, label: "CONTESTED", rationale: "Two reports disagree on the length." });
    const row = await db.verdict.findUniqueOrThrow({ where: { id: first.id }, select: { version: true, label: true, rationale: true, _count: { select: { evidence: true } } } });
    expect(row).toEqual({ version: 2, label: "CONTESTED", rationale: "Two reports disagree on the length.", _count: { evidence: 1 } });
  });

  it("treats a save without a base version as stale once a verdict exists", async () => {
    const error = await failure(save(ws.reviewer1, { label: "CORROBORATED" }));
    expect(error.details).toMatchObject({ reason: "STALE", current: { version: 2 } });
  });

  it("keeps one revision row per save (from → to) and one audit row per save", async () => {
    const revisions = await db.verdictRevision.findMany({ where: { verdictId: first.id }, orderBy: { version: "asc" }, select: { version: true, fromLabel: true, toLabel: true, actorId: true, rationale: true } });
    expect(revisions).toEqual([
      { version: 1, fromLabel: null, toLabel: "CORROBORATED", actorId: ws.reviewer1.id, rationale: "" },
      { version: 2, fromLabel: "CORROBORATED", toLabel: "CONTESTED", actorId: ws.reviewer1.id, rationale: "Two reports disagree on the length." },
    ]);
    const audit = await db.auditEvent.findMany({ where: { entityType: "Verdict", entityId: first.id }, orderBy: { id: "asc" }, select: { action: true, actorId: true, data: true } });
    expect(audit.map(({ action, actorId }) => ({ action, actorId }))).toEqual([
      { action: "verdict.create", actorId: ws.reviewer1.id },
      { action: "verdict.update", actorId: ws.reviewer1.id },
    ]);
    // The audit keeps exactly what the API returned: "before" is written by SQL in the same statement.
    expect(audit[0]?.data).toEqual({ before: null, after: first });
    expect(audit[1]?.data).toEqual({ before: first, after: second });
  });
});

describe("first saves and concurrency between reviewers", () => {
  it("accepts baseVersion 0 for a first verdict but not a made-up version", async () => {
    const claim = await createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text: "They will meet again.", exact: "Both sides agreed to meet again" });
    const error = await failure(saveVerdict({ db, actor: ws.reviewer2, input: { claimId: claim.id, label: "CORROBORATED", baseVersion: 3 } }));
    expect(error.details).toEqual({ reason: "STALE" });
    const saved = await saveVerdict({ db, actor: ws.reviewer2, input: { claimId: claim.id, label: "CORROBORATED", baseVersion: 0 } });
    expect(saved.version).toBe(1);
  });

  it("lets two reviewers save at once from version 0 without conflict", async () => {
    const claim = await createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text: "Talks were in Riyadh.", exact: "talks in Riyadh" });
    const third = await createUser(db, "REVIEWER", "Sam Reviewer");
    const results = await Promise.all(
      [ws.reviewer1, ws.reviewer2, third].map((actor) => saveVerdict({ db, actor, input: { claimId: claim.id, label: "CORROBORATED", baseVersion: 0 } })),
    );
    expect(results.map((r) => r.version)).toEqual([1, 1, 1]);
    expect(new Set(results.map((r) => r.reviewer.id)).size).toBe(3);
    expect(await db.verdict.count({ where: { claimId: claim.id } })).toBe(3);
  });
});

describe("invalid saves are refused with 400 naming the field, and write nothing", () => {
  const cases: [string, () => Record<string, unknown>, string, string | undefined][] = [
    ["a contested verdict without a rationale", () => ({ label: "CONTESTED", rationale: "   " }), "rationale", undefined],
    ["a contradicted verdict without a rationale", () => ({ label: "CONTRADICTED" }), "rationale", undefined],
    ["evidence from the claim's own source", () => ({ label: "CORROBORATED", evidence: [{ sourceId: ws.claimSource.id, stance: "SUPPORTS", ...quoteOf(TEXTS.claimSource, "lasted four hours") }] }), "evidence.0.sourceId", undefined],
    ["evidence from another investigation", () => ({ label: "CORROBORATED", evidence: [{ sourceId: ws.foreign.id, stance: "SUPPORTS", ...quoteOf(TEXTS.evidenceA, "lasted four hours") }] }), "evidence.0.sourceId", undefined],
    ["evidence whose words are not at its offsets", () => ({ label: "CORROBORATED", evidence: [{ sourceId: ws.evidenceB.id, stance: "REFUTES", ...quoteOf(TEXTS.evidenceB, "two hours"), exact: "four hours" }] }), "evidence.0", "MISMATCH"],
  ];

  for (const [label, input, path, reason] of cases) {
    it(`refuses ${label}`, async () => {
      const fresh = await createUser(db, "REVIEWER", "Fresh Reviewer");
      const before = await db.verdict.count();
      const error = await failure(save(fresh, { baseVersion: 0, ...input() }));
      expect(error.status).toBe(400);
      expect((error.details?.fields as { path: string }[]).map((f) => f.path)).toEqual([path]);
      expect(error.details?.reason).toBe(reason);
      expect(await db.verdict.count()).toBe(before);
    });
  }
});

describe("a settled claim", () => {
  it("locks verdicts with 409 SETTLED", async () => {
    const claim = await createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text: "Settled.", exact: "The minister said" });
    await db.adjudication.create({ data: { claimId: claim.id, editorId: ws.editor.id, label: "CORROBORATED", rationale: "Confirmed by two wires." } });
    const error = await failure(saveVerdict({ db, actor: ws.reviewer1, input: { claimId: claim.id, label: "CONTRADICTED", rationale: "No", baseVersion: 0 } }));
    expect(error.status).toBe(409);
    expect(error.details).toEqual({ reason: "SETTLED" });
    expect(await db.verdict.count({ where: { claimId: claim.id } })).toBe(0);
  });
});
