import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/server/db";
import { createWorkspace, quoteOf } from "@/lib/testing/workspace-fixtures";
import { replaceSourceText } from "./replace-source-text";

const ORIGINAL = [
  "川普表示，烏克蘭的邊界不太可能回復到2014年以前。",
  "The talks in Riyadh lasted four hours and both sides agreed to meet again.",
  "澤倫斯基說，烏克蘭不會接受任何未經其參與的和平協議。",
].join("\n\n");

const CORRECTED = [
  "【更正】本文已更新。",
  "川普表示，烏克蘭的邊界不太可能回復到2014年以前。",
  "The talks in Riyadh lasted nearly four hours and both sides agreed to meet again.",
].join("\n\n");

let ws: Awaited<ReturnType<typeof createWorkspace>>;
let sourceId: string;

beforeAll(async () => {
  ws = await createWorkspace(db);
  const source = await db.source.create({
    data: { investigationId: ws.investigationId, title: "Report", languages: ["zh-Hant", "en"], primaryLanguage: "zh-Hant", format: "txt", rawText: ORIGINAL, cleanText: ORIGINAL, contentHash: "original" },
    select: { id: true },
  });
  sourceId = source.id;
});

describe("re-importing a corrected source", () => {
  it("re-anchors moved, edited and deleted claims, orphaning only what is gone", async () => {
    const pin = (exact: string) => createClaim({ db, actor: ws.reviewer1, input: { sourceId, text: exact, selector: quoteOf(ORIGINAL, exact) } });
    const moved = await pin("烏克蘭的邊界不太可能回復到2014年以前");
    const edited = await pin("The talks in Riyadh lasted four hours");
    const deleted = await pin("烏克蘭不會接受任何未經其參與的和平協議");

    const summary = await replaceSourceText({ db, actor: ws.editor, input: { sourceId, fileName: "report-v2.txt", bytes: new TextEncoder().encode(CORRECTED) } });
    expect(summary).toEqual({ kept: 0, moved: 1, fuzzy: 1, orphaned: 1 });

    const read = (id: string) => db.claim.findUniqueOrThrow({ where: { id }, select: { quoteExact: true, positionStart: true, positionEnd: true, orphaned: true } });
    const source = await db.source.findUniqueOrThrow({ where: { id: sourceId }, select: { cleanText: true } });
    expect(await read(moved.id)).toEqual({ quoteExact: "烏克蘭的邊界不太可能回復到2014年以前", ...positions(source.cleanText, "烏克蘭的邊界不太可能回復到2014年以前"), orphaned: false });
    expect(await read(edited.id)).toEqual({ quoteExact: "The talks in Riyadh lasted nearly four hours", ...positions(source.cleanText, "The talks in Riyadh lasted nearly four hours"), orphaned: false });
    expect(await read(deleted.id)).toEqual({ quoteExact: "烏克蘭不會接受任何未經其參與的和平協議", positionStart: null, positionEnd: null, orphaned: true });

    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: sourceId, action: "source.replace" } });
    expect(audit.data).toMatchObject({ reanchor: summary });
  });

  it("is refused for reviewers", async () => {
    await expect(replaceSourceText({ db, actor: ws.reviewer1, input: { sourceId, fileName: "x.txt", bytes: new TextEncoder().encode("x") } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

function positions(text: string, exact: string) {
  const { start, end } = quoteOf(text, exact);
  return { positionStart: start, positionEnd: end };
}
