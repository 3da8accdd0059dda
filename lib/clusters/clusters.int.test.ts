import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { createUser, createWorkspace } from "@/lib/testing/workspace-fixtures";
import { loadDemoCorpus, pinDemoClaim } from "@/lib/testing/demo-corpus";
import { findSimilarClaims } from "./find-similar-claims";
import { getClaimCluster } from "./get-claim-cluster";
import { linkClaims, unlinkClaim } from "./link-claims";
import { listClusters } from "./list-clusters";

let demo: Awaited<ReturnType<typeof loadDemoCorpus>>;

beforeAll(async () => {
  demo = await loadDemoCorpus(db);
}, 60_000);

const claimOn = (prefix: string, exact: string) => pinDemoClaim(db, demo, prefix, exact);

const codeOf = async (work: Promise<unknown>) => ((await work.catch((e: unknown) => e)) as AppError).code;

describe("claim clusters", () => {
  it("suggests the same claim pinned in another source, in the other script", async () => {
    const simplified = await claimOn("004", "乌克兰期望回到2014年的边界或加入北约联盟是不现实的");
    const traditional = await claimOn("002", "烏克蘭的邊界不太可能回復到2014年以前");
    const unrelated = await claimOn("001", "拉夫羅夫透露,俄美雙方已同意近期互派大使");
    const similar = await findSimilarClaims({ db, actor: demo.reviewer, input: { claimId: simplified } });
    expect(similar[0]?.claimId).toBe(traditional);
    expect(similar.findIndex((s) => s.claimId === unrelated)).not.toBe(0);
  });

  it("links claims, merges clusters on a later link, and dissolves a cluster left with one claim", async () => {
    const [a, b, c, d] = [
      await claimOn("000", "這場長達四小時的會談旨在修復美俄之間緊張的外交關係"),
      await claimOn("001", "正式談判於2月18日舉行,歷時4.5小時"),
      await claimOn("003", "乌方坚持俄军完全撤出所有领土(包括克里米亚)、恢复1991年边界"),
      await claimOn("004", "基辅则表示，俄罗斯军队必须撤出"),
    ];
    const first = await linkClaims({ db, actor: demo.reviewer, input: { claimIds: [a, b] } });
    expect(first.claimIds.sort()).toEqual([a, b].sort());
    const second = await linkClaims({ db, actor: demo.editor, input: { claimIds: [c, d], label: "Troops out" } });
    const merged = await linkClaims({ db, actor: demo.reviewer, input: { claimIds: [b, c] } });
    expect(merged.id).toBe(first.id);
    expect(merged.claimIds.sort()).toEqual([a, b, c, d].sort());
    expect(await db.claimCluster.findUnique({ where: { id: second.id } })).toBeNull();
    expect((await getClaimCluster({ db, actor: demo.reviewer, input: { claimId: d } }))?.claims).toHaveLength(4);

    const listed = (await listClusters({ db, actor: demo.reviewer, input: { investigationId: demo.investigationId } })).find((x) => x.id === first.id);
    expect(listed?.sources).toBe(4);

    await unlinkClaim({ db, actor: demo.reviewer, input: { claimId: a } });
    await unlinkClaim({ db, actor: demo.reviewer, input: { claimId: b } });
    await unlinkClaim({ db, actor: demo.reviewer, input: { claimId: c } });
    // d alone would be a cluster of one: it dissolves.
    expect(await getClaimCluster({ db, actor: demo.reviewer, input: { claimId: d } })).toBeNull();
    expect(await db.claimCluster.findUnique({ where: { id: first.id } })).toBeNull();
    expect(await codeOf(unlinkClaim({ db, actor: demo.reviewer, input: { claimId: d } }))).toBe("CONFLICT");
    expect(await db.auditEvent.count({ where: { action: { in: ["cluster.link", "cluster.unlink"] } } })).toBe(6);
  });

  it("refuses bad links with messages, and leaves nothing half-written", async () => {
    const a = await claimOn("002", "克里姆林宮聲稱,川普和普京通電話交談約90分鐘");
    const before = await db.claimCluster.count();
    expect(await codeOf(linkClaims({ db, actor: demo.reviewer, input: { claimIds: [a] } }))).toBe("BAD_REQUEST");
    expect(await codeOf(linkClaims({ db, actor: demo.reviewer, input: { claimIds: [a, a] } }))).toBe("BAD_REQUEST");
    expect(await codeOf(linkClaims({ db, actor: demo.reviewer, input: { claimIds: [a, "no-such-claim"] } }))).toBe("NOT_FOUND");
    const ws = await createWorkspace(db);
    const foreign = await db.claim.create({ data: { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text: "x", textNormalized: "x", quoteExact: "The" }, select: { id: true } });
    expect(await codeOf(linkClaims({ db, actor: demo.reviewer, input: { claimIds: [a, foreign.id] } }))).toBe("BAD_REQUEST");
    expect(await db.claimCluster.count()).toBe(before);
    expect((await db.claim.findUniqueOrThrow({ where: { id: a } })).clusterId).toBeNull();
  });

  it("lets every member link, since linking is annotation like pinning a claim", async () => {
    const reviewer = await createUser(db, "REVIEWER", "Sam");
    const [a, b] = [await claimOn("000", "雙方同意設立專責團隊,以逐步恢復大使館人員配置"), await claimOn("001", "拉夫羅夫透露,俄美雙方已同意近期互派大使,恢復正常外交往來")];
    expect((await linkClaims({ db, actor: reviewer, input: { claimIds: [a, b] } })).claimIds).toHaveLength(2);
  });
});
