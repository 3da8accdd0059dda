import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { loadDemoCorpus, pinDemoClaim } from "@/lib/testing/demo-corpus";
import { findMatches } from "./find-matches";

let demo: Awaited<ReturnType<typeof loadDemoCorpus>>;

beforeAll(async () => {
  demo = await loadDemoCorpus(db);
}, 60_000);

const claimOn = async (prefix: string, exact: string) => ({ id: await pinDemoClaim(db, demo, prefix, exact) });

describe("cross-source matching on the demo corpus", () => {
  it("finds the 002 border passage (Traditional script) for a claim made from the 004 passage (Simplified)", async () => {
    const claim = await claimOn("004", "乌克兰期望回到2014年的边界或加入北约联盟是不现实的");
    const matches = await findMatches({ db, actor: demo.reviewer, input: { claimId: claim.id, query: { limit: "5" } } });
    const hit = matches.find((m) => m.text.includes("烏克蘭的邊界不太可能回復到2014年以前"));
    expect(hit, JSON.stringify(matches.map((m) => m.text.slice(0, 40)))).toBeDefined();
    expect(hit!.sourceId).toBe(demo.byPrefix("002").id);
    // Code-point offsets into the source's clean text.
    expect(Array.from(demo.byPrefix("002").cleanText).slice(hit!.start, hit!.end).join("")).toBe(hit!.text);
    // Both say a return to the 2014 borders is unlikely or unrealistic.
    expect(hit!.stance).toBe("SUPPORTS");
    const marked = hit!.highlights.map((h) => Array.from(hit!.text).slice(h.start, h.end).join(""));
    expect(marked.join("|")).toMatch(/2014/);
    expect(marked.join("|")).toMatch(/邊界|烏克蘭/);
    // Why, in the passage's own script: the name, the year and the meaning it shares.
    expect(hit!.shared.names).toContain("烏克蘭");
    expect(hit!.shared.figures).toEqual(["2014"]);
    expect(hit!.shared.meanings).toContain("邊界");
    expect(matches.every((m) => m.sourceId !== demo.byPrefix("004").id)).toBe(true);
    expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
  });

  it("refuses a bad limit and an unknown claim with messages a person can act on", async () => {
    const claim = await claimOn("002", "烏克蘭的邊界不太可能回復到2014年以前");
    const bad = await findMatches({ db, actor: demo.reviewer, input: { claimId: claim.id, query: { limit: "500" } } }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(AppError);
    expect((bad as AppError).message).toMatch(/at most 50/);
    const missing = await findMatches({ db, actor: demo.reviewer, input: { claimId: "nope" } }).catch((e: unknown) => e);
    expect((missing as AppError).code).toBe("NOT_FOUND");
  });
});
