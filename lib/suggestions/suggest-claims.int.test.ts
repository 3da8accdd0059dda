import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { describeSelection } from "@/lib/claims/anchor";
import { createClaim } from "@/lib/claims/create-claim";
import { seedDemo } from "@/lib/demo/seed-demo";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { MIN_SCORE, suggestClaims, type TSuggestion } from "./suggest-claims";

const DEMO = path.resolve(import.meta.dirname, "../../prisma/demo");
const VISION_TIMES = "川普同日與普京、澤倫斯基通話 白宮新聞發布會詳解俄烏談判";
const JIN10 = "特朗普欲“单飞”和谈惹众怒，承诺基辅可以参与俄乌谈判";
const actorSelect = { id: true, email: true, name: true, role: true } as const;

let reviewer: Actor;
const sources: Record<string, { id: string; cleanText: string }> = {};

beforeAll(async () => {
  await seedDemo({ db, demoDir: DEMO, password: "integration-demo-password" });
  reviewer = await db.user.findUniqueOrThrow({ where: { email: "reviewer1@factdesk.test" }, select: actorSelect });
  for (const title of [VISION_TIMES, JIN10]) sources[title] = await db.source.findFirstOrThrow({ where: { title }, select: { id: true, cleanText: true } });
});

const suggest = (title: string, limit?: number) => suggestClaims({ db, actor: reviewer, input: { sourceId: sources[title]!.id, ...(limit ? { limit } : {}) } });
const slice = (text: string, { start, end }: TSuggestion) => Array.from(text).slice(start, end).join("");

describe("suggestions on the imported demo corpus", () => {
  it("puts the officials' statements with figures first, each anchored on its exact sentence", async () => {
    const { suggestions } = await suggest(JIN10);
    expect(suggestions).toHaveLength(10);
    // Among the first (the seeded alias table's places lift others to the same score).
    const official = suggestions.slice(0, 3).find((s) => s.text === "但周四，一位美国高级官员表示，美国并未排除乌克兰加入北约或通过谈判恢复2014年以前边界的可能性，这与之前的评论相矛盾。");
    expect(official).toBeDefined();
    expect(official!.score).toBeGreaterThanOrEqual(0.8);
    expect(official!.reasons.slice(0, 3)).toEqual([
      { code: "official", detail: "官员", text: "quotes an official (官员)" },
      { code: "number", detail: "2014", text: "mentions a number (2014)" },
      { code: "date", detail: "周四", text: "names a date (周四)" },
    ]);
    for (const suggestion of suggestions) expect(slice(sources[JIN10]!.cleanText, suggestion)).toBe(suggestion.text);
    const scores = suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it("leaves out picture credits, social-media signatures and repeated leads", async () => {
    const { suggestions } = await suggest(VISION_TIMES, 50);
    const texts = suggestions.map((s) => s.text);
    expect(texts).toContain("川普受訪時也表示,烏克蘭的邊界不太可能回復到2014年以前,只說「部分領土能收回來。」");
    expect(texts.join("\n")).not.toMatch(/圖片來源|@wenzhi2020|@ZelenskyyUa|pic\.twitter\.com/);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.filter((t) => t.includes("俄烏停戰露出曙光"))).toHaveLength(1);
  });

  it("drops a sentence once a claim covers any of its words, and brings it back when that claim is orphaned", async () => {
    const before = (await suggest(JIN10)).suggestions;
    const top = before.find((s) => s.text.includes("美国并未排除乌克兰加入北约"))!;
    // A hand-made claim on a few words inside the sentence, as the reading view would send it.
    const text = sources[JIN10]!.cleanText;
    const at = Array.from(text).join("").indexOf("美国并未排除乌克兰加入北约");
    const start = Array.from(text.slice(0, at)).length;
    const anchor = describeSelection(text, start, start + 13);
    const claim = await createClaim({ db, actor: reviewer, input: { sourceId: sources[JIN10]!.id, text: "The US did not rule out NATO membership", selector: { ...anchor.quote, ...anchor.position } } });
    const after = (await suggest(JIN10)).suggestions;
    expect(after.map((s) => s.text)).not.toContain(top.text);
    // The others keep their order; the next best sentence moves up into the list.
    expect(after.map((s) => s.text).slice(0, before.length - 1)).toEqual(before.map((s) => s.text).filter((t) => t !== top.text));

    await db.claim.update({ where: { id: claim.id }, data: { orphaned: true, positionStart: null, positionEnd: null } });
    expect((await suggest(JIN10)).suggestions.map((s) => s.text)).toEqual(before.map((s) => s.text));
    await db.claim.delete({ where: { id: claim.id } });
  });

  it("indexes a source filed before passages existed on first use", async () => {
    const sourceId = sources[VISION_TIMES]!.id;
    const expected = (await suggest(VISION_TIMES)).suggestions;
    await db.passage.deleteMany({ where: { sourceId } });
    expect((await suggest(VISION_TIMES)).suggestions).toEqual(expected);
    expect(await db.passage.count({ where: { sourceId } })).toBeGreaterThan(50);
  });
});

describe("bad input", () => {
  const refusal = async (input: unknown) => {
    const error = await suggestClaims({ db, actor: reviewer, input }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  };

  it("refuses a limit outside 1..50 or not a number with a 400 naming the field", async () => {
    for (const limit of [0, 51, "ten", 2.5]) {
      const error = await refusal({ sourceId: sources[JIN10]!.id, limit });
      expect(error.status, String(limit)).toBe(400);
      expect(error.details?.fields, String(limit)).toEqual([expect.objectContaining({ path: "limit" })]);
    }
    expect((await suggest(JIN10, 3)).suggestions).toHaveLength(3);
  });

  it("answers 404 for a source that does not exist", async () => {
    const error = await refusal({ sourceId: "no-such-source" });
    expect(error.status).toBe(404);
  });
});
