import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { LiveEventHub } from "@/lib/server/events";
import { createClaim, createUser, createWorkspace } from "@/lib/testing/workspace-fixtures";
import { saveVerdict } from "@/lib/verdicts/save-verdict";
import { dashboardSummarySql } from "./dashboard-sql";
import { dashboardViewer } from "./permissions";
import { ZDashboardQuery } from "./schemas";
import { summarize, type TSourceSums, type TSummaryFigures } from "./summary";
import { createSummaryCache } from "./summary-cache";
import { summaryFeed } from "./summary-feed";

// The kept summary against real saves: right after a save returns, the summary is either marked
// stale or already counts it — never the old figures presented as current.
const hub = new LiveEventHub({ connectionString: env.DATABASE_URL, graceMs: 50 });
afterAll(() => hub.close());

let ws: Awaited<ReturnType<typeof createWorkspace>>;
let reviewers: Actor[];
const claimIds: string[] = [];

beforeAll(async () => {
  ws = await createWorkspace(db, { blindReview: false });
  reviewers = [ws.reviewer1, ws.reviewer2, await createUser(db, "REVIEWER", "Third Reviewer")];
  for (const exact of ["The minister said", "the talks in Riyadh", "lasted four hours"]) {
    claimIds.push((await createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text: exact, exact })).id);
  }
});

describe("the dashboard summary kept between requests", () => {
  it("is marked stale or counts the save, after every save; and is current again once recomputed", async () => {
    const cache = createSummaryCache<TSummaryFigures>({ feed: summaryFeed(hub.subscribe), minIntervalMs: 0, maxStaleMs: 60_000, maxEntries: 10 });
    const query = ZDashboardQuery.parse({ investigationId: ws.investigationId });
    const statement = dashboardSummarySql(query, dashboardViewer(ws.editor, { blindReview: false }), 2);
    const get = () => cache.get(ws.investigationId, statement.text, async () => summarize(await db.$queryRaw<TSourceSums[]>(statement)));
    const verdicts = (figures: TSummaryFigures) => figures.totals.CORROBORATED + figures.totals.CONTESTED + figures.totals.CONTRADICTED;
    const settle = async () => {
      for (let deadline = Date.now() + 5_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 20))) {
        const got = await get();
        if (!got.stale) return got;
      }
      throw new Error("the summary never became current");
    };
    expect(verdicts((await settle()).value)).toBe(0);
    let saved = 0;
    for (const reviewer of reviewers) {
      for (const claimId of claimIds) {
        await saveVerdict({ db, actor: reviewer, input: { claimId, label: "CORROBORATED" } });
        saved += 1;
        const got = await get();
        if (!got.stale) expect(verdicts(got.value)).toBe(saved);
        expect(verdicts((await settle()).value)).toBe(saved);
      }
    }
    expect(saved).toBe(9);
  });
});
