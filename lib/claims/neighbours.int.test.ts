import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { createClaim, createWorkspace } from "@/lib/testing/workspace-fixtures";
import { getClaimNeighbours } from "./neighbours";

let ws: Awaited<ReturnType<typeof createWorkspace>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ws = await createWorkspace(db);
  const at = (minute: number) => new Date(Date.UTC(2025, 1, 20, 9, minute));
  const make = (text: string, sourceId: string, minute: number, investigationId = ws.investigationId) =>
    createClaim(db, { investigationId, sourceId, text, exact: "hours", createdAt: at(minute) }).then((c) => c.id);
  // Inserted out of order and across two sources: neighbours follow creation time over the investigation.
  ids.third = await make("third", ws.claimSource.id, 30);
  ids.first = await make("first", ws.claimSource.id, 10);
  ids.second = await make("second", ws.evidenceA.id, 20);
  // Same instant as "third": the id breaks the tie, as in listClaims.
  ids.tie = await make("tie", ws.evidenceB.id, 30);
  const other = await db.source.findUniqueOrThrow({ where: { id: ws.foreign.id }, select: { investigationId: true } });
  ids.foreign = await make("foreign", ws.foreign.id, 15, other.investigationId);
});

describe("getClaimNeighbours", () => {
  it("walks the investigation in creation order, breaking ties by id", async () => {
    const [low, high] = [ids.third!, ids.tie!].sort();
    const order = [ids.first!, ids.second!, low!, high!];
    for (const [index, claimId] of order.entries()) {
      const neighbours = await getClaimNeighbours({ db, actor: ws.reviewer1, input: { claimId } });
      expect(neighbours).toEqual({ previousId: order[index - 1] ?? null, nextId: order[index + 1] ?? null });
    }
  });

  it("never crosses into another investigation", async () => {
    expect(await getClaimNeighbours({ db, actor: ws.reviewer1, input: { claimId: ids.foreign! } })).toEqual({ previousId: null, nextId: null });
  });

  it("answers 404 for an unknown claim", async () => {
    const error = await getClaimNeighbours({ db, actor: ws.reviewer1, input: { claimId: "nope" } }).catch((e: unknown) => e);
    expect((error as AppError).status).toBe(404);
  });
});
