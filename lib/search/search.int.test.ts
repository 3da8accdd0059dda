import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { DEMO_INVESTIGATION, seedDemo } from "@/lib/demo/seed-demo";
import { createEntity } from "@/lib/entities/save-entity";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { normalizeText } from "@/lib/text/normalize";
import { AppError } from "@/lib/server/errors";
import { createClaim, createUser, createWorkspace } from "@/lib/testing/workspace-fixtures";
import type { TSearchHit } from "./dto";
import { SEARCH_SQL } from "./find-hits";
import { parseSearchQuery } from "./parse-query";
import { searchEverything } from "./search-everything";
import { loadAliasIndex } from "@/lib/entities/alias-index";

const DEMO = path.resolve(import.meta.dirname, "../../prisma/demo");
let editor: Actor;
let reviewer: Actor;
let demoId: string;
let titles: Map<string, string>;

beforeAll(async () => {
  await seedDemo({ db, demoDir: DEMO, password: "integration-demo-password" });
  editor = await createUser(db, "EDITOR", "Elena Editor");
  reviewer = await createUser(db, "REVIEWER", "Li Wei");
  demoId = (await db.investigation.findUniqueOrThrow({ where: { slug: DEMO_INVESTIGATION.slug }, select: { id: true } })).id;
  const sources = await db.source.findMany({ select: { id: true, fileName: true } });
  titles = new Map(sources.map((s) => [s.id, s.fileName ?? ""]));
});

const search = (actor: Actor, input: Record<string, unknown>) => searchEverything({ db, actor, input });
/** The highlighted words of a hit, as they stand in its snippet. */
const marked = (hit: TSearchHit) => hit.highlights.map((h) => Array.from(hit.snippet).slice(h.start, h.end).join(""));
const fileOf = (hit: TSearchHit) => titles.get(hit.sourceId)!.slice(0, 3);
const expectError = async (work: Promise<unknown>, code: string) => {
  const error = await work.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
};

describe("search over the demo corpus", () => {
  it("finds the border passages of 002 (Traditional) and 004 (Simplified) for one Simplified query", async () => {
    const { hits, terms } = await search(reviewer, { q: "乌克兰 2014 边界", kinds: "passage" });
    expect(terms.map((t) => t.term)).toEqual(["乌克兰", "2014", "边界"]);
    expect(terms[0]!.forms).toEqual(expect.arrayContaining(["烏克蘭", "Ukraine"]));
    const from002 = hits.find((h) => h.snippet.includes("烏克蘭的邊界不太可能回復到2014年以前"));
    const from004 = hits.find((h) => h.snippet.includes("乌克兰期望回到2014年的边界或加入北约联盟是不现实的"));
    expect(from002 && fileOf(from002)).toBe("002");
    expect(from004 && fileOf(from004)).toBe("004");
    expect(marked(from002!)).toEqual(expect.arrayContaining(["烏克蘭", "邊界", "2014"]));
    expect(from002!.title).toBe((await db.source.findUniqueOrThrow({ where: { id: from002!.sourceId } })).title);
    // 边界 is in the seeded glossary with 邊境 and "border": 002 line 4's 邊境 is found through it.
    expect(terms[2]!.forms).toEqual(expect.arrayContaining(["邊境", "border"]));
    expect(hits.some((h) => h.snippet.includes("很難回到2014年邊境"))).toBe(true);
    // Every hit holds every term, in one of its spellings.
    for (const hit of hits) expect(normalizeText(hit.snippet)).toMatch(/2014/);
  });

  it("points a passage hit at its place in the source's clean text", async () => {
    const { hits } = await search(reviewer, { q: "乌克兰期望回到2014年的边界", kinds: "passage" });
    const hit = hits[0]!;
    const source = await db.source.findUniqueOrThrow({ where: { id: hit.sourceId }, select: { cleanText: true } });
    const passage = Array.from(source.cleanText).slice(hit.position!.start, hit.position!.end).join("");
    expect(passage).toContain("乌克兰期望回到2014年的边界");
  });

  it("finds 澤倫斯基 and 澤連斯基 in the Traditional sources for 泽连斯基, highlighted as written", async () => {
    const { hits } = await search(reviewer, { q: "泽连斯基", kinds: "passage", limit: 100 });
    expect(new Set(hits.map(fileOf))).toEqual(new Set(["000", "001", "002", "003", "004"]));
    const words = new Set(hits.flatMap(marked));
    for (const spelling of ["澤倫斯基", "澤連斯基", "泽连斯基", "Zelensky", "Zelenskyy"]) expect(words).toContain(spelling);
  });

  it("shows a sentence a source repeats once", async () => {
    const { hits } = await search(reviewer, { q: "泽连斯基", kinds: "passage", limit: 100 });
    const keys = hits.map((h) => `${h.sourceId} ${h.snippet}`);
    expect(new Set(keys).size).toBe(keys.length);
    const repeated = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (SELECT 1 FROM "Passage" WHERE normalized LIKE '%泽伦斯基%' GROUP BY "sourceId", text HAVING count(*) > 1) twice`;
    expect(repeated[0]!.n).toBeGreaterThan(0);
  });

  it("finds 北約 and 北约 for NATO, and each source shows at most three passages", async () => {
    const { hits } = await search(reviewer, { q: "NATO", kinds: "passage", limit: 100 });
    expect(hits.some((h) => fileOf(h) === "002" && marked(h).includes("北約"))).toBe(true);
    expect(hits.some((h) => fileOf(h) === "004" && marked(h).includes("北约"))).toBe(true);
    const perSource = new Map<string, number>();
    for (const hit of hits) perSource.set(hit.sourceId, (perSource.get(hit.sourceId) ?? 0) + 1);
    expect(Math.max(...perSource.values())).toBe(3);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it("finds two entities named together without a space", async () => {
    const { terms, hits } = await search(reviewer, { q: "乌克兰北约", kinds: "passage" });
    expect(terms.map((t) => t.term)).toEqual(["乌克兰", "北约"]);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.highlights.length).toBeGreaterThanOrEqual(2);
  });

  it("keeps the investigation filter", async () => {
    const other = await db.investigation.create({ data: { slug: "search-empty", name: "Empty" }, select: { id: true } });
    expect((await search(reviewer, { q: "NATO", investigationId: other.id })).hits).toEqual([]);
    expect((await search(reviewer, { q: "NATO", investigationId: demoId })).hits.length).toBeGreaterThan(0);
  });

  it("searches through an alias an editor adds", async () => {
    // The demo seed already knows Riyadh; start from a table without it, as a desk would.
    await db.entity.deleteMany({ where: { key: "riyadh" } });
    const before = await search(reviewer, { q: "Riyadh", kinds: "passage", limit: 100 });
    expect(before.hits.some((h) => fileOf(h) === "001")).toBe(false);
    await createEntity({ db, actor: editor, input: { key: "riyadh", kind: "PLACE", names: [{ text: "利雅德", lang: "zh-Hant" }, { text: "利雅得", lang: "zh-Hans" }, { text: "Riyadh", lang: "en" }] } });
    const after = await search(reviewer, { q: "Riyadh", kinds: "passage", limit: 100 });
    expect(after.hits.some((h) => fileOf(h) === "001" && marked(h).includes("利雅德"))).toBe(true);
  });
});

describe("claims, rationales and comments", () => {
  let ws: Awaited<ReturnType<typeof createWorkspace>>;
  let claimId: string;
  beforeAll(async () => {
    ws = await createWorkspace(db);
    claimId = (await createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text: "川普稱烏克蘭難回2014年邊界", exact: "the talks in Riyadh" })).id;
    await db.verdict.create({ data: { claimId, reviewerId: ws.reviewer1.id, label: "CONTESTED", rationale: "澤倫斯基的說法與北約聲明矛盾 kumquat", rationaleNormalized: normalizeText("澤倫斯基的說法與北約聲明矛盾 kumquat") } });
  });

  it("finds a claim by its text in the other script, titled by the claim", async () => {
    const { hits } = await search(ws.reviewer2, { q: "特朗普 边界", kinds: "claim" });
    expect(hits.map((h) => [h.kind, h.id, h.claimId, h.title])).toEqual([["claim", claimId, claimId, "川普稱烏克蘭難回2014年邊界"]]);
    expect(marked(hits[0]!)).toEqual(["川普", "邊界"]);
  });

  it("hides a rationale under blind review from another reviewer until they have given their own verdict", async () => {
    const found = async (actor: Actor) => (await search(actor, { q: "Zelensky kumquat", kinds: "rationale" })).hits.map((h) => h.claimId);
    expect(await found(ws.reviewer2)).toEqual([]);
    expect(await found(ws.reviewer1)).toEqual([claimId]);
    expect(await found(ws.editor)).toEqual([claimId]);
    await db.verdict.create({ data: { claimId, reviewerId: ws.reviewer2.id, label: "CORROBORATED" } });
    expect(await found(ws.reviewer2)).toEqual([claimId]);
  });

  it("shows rationales to every reviewer when the investigation is not blind", async () => {
    const open = await createWorkspace(db, { blindReview: false });
    const claim = await createClaim(db, { investigationId: open.investigationId, sourceId: open.claimSource.id, text: "Open claim", exact: "four hours" });
    await db.verdict.create({ data: { claimId: claim.id, reviewerId: open.reviewer1.id, label: "CONTESTED", rationale: "persimmon reasons", rationaleNormalized: "persimmon reasons" } });
    expect((await search(open.reviewer2, { q: "persimmon" })).hits.map((h) => h.kind)).toEqual(["rationale"]);
  });

  it("finds comments that are not deleted, and takes LIKE's wildcards literally", async () => {
    const comment = (body: string, deletedAt: Date | null = null) => db.comment.create({ data: { claimId, authorId: ws.reviewer1.id, body, bodyNormalized: normalizeText(body), deletedAt }, select: { id: true } });
    const kept = await comment("北約東擴是關鍵 a_b");
    await comment("北約 deleted a_b", new Date());
    const lookalike = await comment("北約 axb");
    const ids = async (q: string) => (await search(ws.reviewer2, { q, kinds: "comment" })).hits.map((h) => h.id);
    expect(await ids("NATO a_b")).toEqual([kept.id]);
    expect((await ids("NATO")).sort()).toEqual([kept.id, lookalike.id].sort());
  });
});

describe("bad input", () => {
  it("answers 400 naming the parameter", async () => {
    for (const [input, pattern] of [
      [{ q: "" }, /Type something/],
      [{ q: "   " }, /Type something/],
      [{}, /Type something/],
      [{ q: "x".repeat(201) }, /under 200 characters/],
      [{ q: "，。!?" }, /at least one letter or digit/],
      [{ q: "NATO", limit: "0" }, /limit is a whole number/],
      [{ q: "NATO", limit: "many" }, /limit is a whole number/],
      [{ q: "NATO", limit: "101" }, /limit is a whole number/],
      [{ q: "NATO", kinds: "passage,tweets" }, /kinds is a comma-separated list/],
      [{ q: Array.from({ length: 13 }, (_, i) => `w${i}`).join(" ") }, /at most 12 words/],
    ] as const) {
      const error = await expectError(search(reviewer, input), "BAD_REQUEST");
      expect(error.message, JSON.stringify(input)).toMatch(pattern);
    }
    await expectError(search(reviewer, { q: "NATO", investigationId: "no-such-investigation" }), "NOT_FOUND");
  });
});

describe("query plans", () => {
  // With sequential and plain index scans priced out, only a bitmap scan on the trigram index is
  // left: a plan without it means the query no longer uses the indexed expression
  // (the stored normalized column, under the index's own partial predicate).
  it.each([
    ["passage", "Passage_normalized_trgm_idx"],
    ["claim", "Claim_textNormalized_trgm_idx"],
    ["rationale", "Verdict_rationaleNormalized_trgm_idx"],
    ["comment", "Comment_bodyNormalized_trgm_idx"],
  ] as const)("answers %s hits from %s", async (kind, indexName) => {
    const terms = parseSearchQuery(await loadAliasIndex(db), "泽连斯基 边界");
    const sql = SEARCH_SQL[kind]({ actor: reviewer, terms, query: "泽连斯基 边界", investigationId: undefined, limit: 20 });
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      await tx.$executeRawUnsafe("SET LOCAL enable_indexscan = off");
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`);
    });
    const usesIndex = plan.some((row) => row["QUERY PLAN"].includes(`Bitmap Index Scan on "${indexName}"`));
    expect(usesIndex, `${kind}: ${plan.map((row) => row["QUERY PLAN"].slice(0, 100)).join(" | ")}`).toBe(true);
  });
});
