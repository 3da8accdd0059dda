import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/server/db";
import { createClaim, createUser, createWorkspace } from "@/lib/testing/workspace-fixtures";
import { saveVerdict } from "@/lib/verdicts/save-verdict";
import { krippendorffAlphaNominal } from "./agreement";
import { getDashboard } from "./get-dashboard";

// A scenario small enough to compute by hand:
//   A: 3 × CORROBORATED               → CORROBORATED, agreement 1
//   B: CORROBORATED, 2 × CONTRADICTED → CONTRADICTED, disputed (both ends), agreement 1/3
//   C: CONTESTED, CORROBORATED        → SPLIT, disputed, agreement 0
//   D: CONTESTED                      → CONTESTED, needs review, no agreement
//   E: no verdicts                    → no consensus, needs review
let ws: Awaited<ReturnType<typeof createWorkspace>>;
let r3: Actor;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ws = await createWorkspace(db);
  r3 = await createUser(db, "REVIEWER", "Sam Reviewer");
  const claim = async (key: string, exact: string, sourceId = ws.claimSource.id) => {
    ids[key] = (await createClaim(db, { investigationId: ws.investigationId, sourceId, text: `Claim ${key}: ${exact}`, exact })).id;
  };
  await claim("A", "The minister said");
  await claim("B", "the talks in Riyadh");
  await claim("C", "lasted four hours");
  await claim("D", "Both sides agreed");
  await claim("E", "Officials confirmed", ws.evidenceA.id);
  await db.source.update({ where: { id: ws.evidenceA.id }, data: { languages: ["zh-Hant", "en"] } });
  const save = (actor: Actor, key: string, label: "CORROBORATED" | "CONTESTED" | "CONTRADICTED") =>
    saveVerdict({ db, actor, input: { claimId: ids[key], label, rationale: label === "CORROBORATED" ? "" : "Because." } });
  for (const actor of [ws.reviewer1, ws.reviewer2, r3]) await save(actor, "A", "CORROBORATED");
  await save(ws.reviewer1, "B", "CORROBORATED");
  await save(ws.reviewer2, "B", "CONTRADICTED");
  await save(r3, "B", "CONTRADICTED");
  await save(ws.reviewer1, "C", "CONTESTED");
  await save(ws.reviewer2, "C", "CORROBORATED");
  await save(ws.reviewer1, "D", "CONTESTED");
});

const page = (actor: Actor, extra: Record<string, string> = {}) => getDashboard({ db, actor, input: { investigationId: ws.investigationId, ...extra } });
const keysOf = (rows: { claimId: string }[]) => rows.map((r) => Object.keys(ids).find((k) => ids[k] === r.claimId));

describe("dashboard figures", () => {
  it("equal the hand-computed counts, consensus, disputes and agreement", async () => {
    const { rows } = await page(ws.editor, { sort: "created", dir: "asc" });
    expect(keysOf(rows)).toEqual(["A", "B", "C", "D", "E"]);
    expect(rows.map((r) => [r.counts.CORROBORATED, r.counts.CONTESTED, r.counts.CONTRADICTED, r.reviewers])).toEqual([[3, 0, 0, 3], [1, 0, 2, 3], [1, 1, 0, 2], [0, 1, 0, 1], [0, 0, 0, 0]]);
    expect(rows.map((r) => r.consensus)).toEqual(["CORROBORATED", "CONTRADICTED", "SPLIT", "CONTESTED", null]);
    expect(rows.map((r) => r.disputed)).toEqual([false, true, true, false, false]);
    expect(rows[0]!.agreement).toBe(1);
    expect(rows[1]!.agreement).toBeCloseTo(1 / 3, 10);
    expect(rows.slice(2).map((r) => r.agreement)).toEqual([0, null, null]);
  });

  it("sums totals and computes Krippendorff's alpha over the investigation (hand value 1 − 28/34)", async () => {
    const { summary } = await page(ws.editor);
    expect(summary.totals).toEqual({ CORROBORATED: 5, CONTESTED: 2, CONTRADICTED: 2 });
    expect(summary.claims).toBe(5);
    expect(summary.disputed).toBe(2);
    expect(summary.needsReview).toBe(2);
    expect(summary.alpha).toBeCloseTo(1 - 28 / 34, 10);
    const reference = krippendorffAlphaNominal([{ C: 3 }, { C: 1, X: 2 }, { T: 1, C: 1 }, { T: 1 }]);
    expect(summary.alpha).toBeCloseTo(reference!, 10);
    expect(summary.kappa.reason).toBe("UNEQUAL_RATERS");
  });
});

describe("filters and sort", () => {
  it.each([
    [{ disputed: "true" }, ["B", "C"]],
    [{ consensus: "CORROBORATED" }, ["A"]],
    [{ consensus: "SPLIT" }, ["C"]],
    [{ consensus: "NONE" }, ["E"]],
    [{ needsReview: "true" }, ["D", "E"]],
    [{ language: "zh-Hant" }, ["E"]],
    [{ sourceId: "evidenceA" }, ["E"]],
    [{ q: "riyadh" }, ["B"]],
    [{ q: "100%_" }, []],
  ])("%o → %o", async (filter, expected) => {
    const resolved = Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, v === "evidenceA" ? ws.evidenceA.id : v]));
    const { rows } = await page(ws.editor, { ...resolved, sort: "created", dir: "asc" });
    expect(keysOf(rows)).toEqual(expected);
  });

  it("sorts by agreement and pages with a cursor without gaps or repeats", async () => {
    const { rows } = await page(ws.editor, { sort: "agreement", dir: "desc" });
    expect(keysOf(rows).slice(0, 3)).toEqual(["A", "B", "C"]);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const result = await page(ws.editor, { sort: "activity", limit: "2", ...(cursor ? { cursor } : {}) });
      seen.push(...result.rows.map((r) => r.claimId));
      cursor = result.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual(Object.values(ids).sort());
  });

  it("filters by assignee and refuses a forged cursor", async () => {
    await db.assignment.create({ data: { claimId: ids.D!, assigneeId: r3.id } });
    expect(keysOf((await page(ws.editor, { assigneeId: r3.id })).rows)).toEqual(["D"]);
    await expect(page(ws.editor, { cursor: "not-a-cursor" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(page(ws.editor, { sort: "nonsense" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("blind review on the dashboard", () => {
  it("shows a reviewer only the claims they have given a verdict on; editors see all", async () => {
    const mine = await page(r3, { sort: "created", dir: "asc" });
    expect(keysOf(mine.rows)).toEqual(["A", "B"]);
    expect(mine.readOnly).toBe(true);
    expect(mine.summary.claims).toBe(2);
    expect((await page(ws.editor)).rows).toHaveLength(5);
  });
});
