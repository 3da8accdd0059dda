import { randomBytes } from "node:crypto";
import pg from "pg";
import { newTokenSecret } from "@/lib/tokens/token-secret";
import { seededRandom as random } from "./corpus";
import { BENCH_EMAIL_DOMAIN, EDITOR_EMAIL } from "./load-base";

// What the scale benchmark's clients work on. Each load phase gets its own 64 reviewers (so the
// phases never touch each other's rows and all start from the same kind of data), each reviewer a list of claims to save verdicts on: 80 % claims they have not judged yet
// (a first save), 20 % claims they already judged (a revision, sent with the current version).
// Tokens are written straight into ApiToken, hashed exactly as lib/tokens does: creating them
// through the API is rate-limited (10 per 15 minutes per member).

export type TWorkItem = { claimId: string; version: number };
export type TClient = { reviewerId: string; token: string; items: TWorkItem[] };
export type TPhaseWork = { clients: TClient[] };

export type TScaleWork = {
  direct: TPhaseWork;
  /** Through one app process, then (other reviewers, same shape) split over two. */
  api: TPhaseWork;
  api2: TPhaseWork;
  /** A short API run before the measured phases, so routes are loaded and compiled (JIT) first. */
  warmup: TPhaseWork;
  /** Saves the live-update probe makes; its reviewer is in neither load phase. */
  probe: TClient;
  editor: { id: string; token: string };
  /** Tokens the SSE clients connect with (reviewers outside both load phases). */
  listenerTokens: string[];
};

const REVISION_SHARE = 0.2;

async function insertTokens(client: pg.ClientBase, userIds: string[], name: string): Promise<string[]> {
  const secrets = userIds.map(() => newTokenSecret());
  await client.query(
    `INSERT INTO "ApiToken" ("id", "userId", "name", "tokenHash", "prefix", "createdAt")
     SELECT 'bt' || md5(h), u, $3, h, p, now() FROM unnest($1::text[], $2::text[], $4::text[]) AS t(u, h, p)`,
    [userIds, secrets.map((s) => s.tokenHash), name, secrets.map((s) => s.prefix)],
  );
  return secrets.map((s) => s.token);
}

async function workFor(client: pg.ClientBase, reviewerIds: string[], claimIds: string[], perClient: number, seed: number): Promise<TClient[]> {
  const { rows } = await client.query<{ reviewerId: string; claimId: string; version: number }>(
    `SELECT v."reviewerId", v."claimId", v."version" FROM "Verdict" v
      WHERE v."reviewerId" = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM "Adjudication" a WHERE a."claimId" = v."claimId")`,
    [reviewerIds],
  );
  const judged = new Map<string, Map<string, number>>(reviewerIds.map((id) => [id, new Map()]));
  for (const row of rows) judged.get(row.reviewerId)?.set(row.claimId, row.version);
  const next = random(seed);
  const tokens = await insertTokens(client, reviewerIds, "scale bench (load)");
  return reviewerIds.map((reviewerId, index) => {
    const own = judged.get(reviewerId) ?? new Map<string, number>();
    const revisions = [...own.entries()].map(([claimId, version]) => ({ claimId, version }));
    const items: TWorkItem[] = [];
    const used = new Set<string>();
    while (items.length < perClient) {
      const revise = next() < REVISION_SHARE && revisions.length > 0;
      const item = revise
        ? revisions[Math.floor(next() * revisions.length)]!
        : { claimId: claimIds[Math.floor(next() * claimIds.length)]!, version: 0 };
      if (used.has(item.claimId) || (!revise && own.has(item.claimId))) continue;
      used.add(item.claimId);
      items.push(item);
    }
    return { reviewerId, token: tokens[index]!, items };
  });
}

const WARMUP_CLIENTS = 16;

export async function prepareScaleWork(databaseUrl: string, { investigationId, clients, perClient, listeners }: { investigationId: string; clients: number; perClient: number; listeners: number }): Promise<TScaleWork> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const reviewers = (await client.query<{ id: string }>(
      `SELECT "id" FROM "User" WHERE "role" = 'REVIEWER' AND "email" LIKE $1 ORDER BY "email"`, [`%@${BENCH_EMAIL_DOMAIN}`],
    )).rows.map((r) => r.id);
    const taken = clients * 3 + WARMUP_CLIENTS + 1;
    if (reviewers.length <= taken) throw new Error(`${reviewers.length} bench reviewers; the scale benchmark needs more than ${taken}`);
    // Settled claims (1 %) lock their verdicts: saving on one is a 409 by design, not load.
    const claimIds = (await client.query<{ id: string }>(
      `SELECT c."id" FROM "Claim" c WHERE c."investigationId" = $1 AND NOT EXISTS (SELECT 1 FROM "Adjudication" a WHERE a."claimId" = c."id") ORDER BY c."id"`,
      [investigationId],
    )).rows.map((r) => r.id);
    const editorId = (await client.query<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = $1`, [EDITOR_EMAIL])).rows[0]?.id;
    if (!editorId) throw new Error("The bench editor is missing");
    const seed = randomBytes(4).readUInt32LE(0);
    const direct = await workFor(client, reviewers.slice(0, clients), claimIds, perClient, seed);
    const api = await workFor(client, reviewers.slice(clients, clients * 2), claimIds, perClient, seed + 1);
    const api2 = await workFor(client, reviewers.slice(clients * 2, clients * 3), claimIds, perClient, seed + 2);
    const warmup = await workFor(client, reviewers.slice(clients * 3, clients * 3 + WARMUP_CLIENTS), claimIds, 500, seed + 3);
    const [probe] = await workFor(client, [reviewers[taken - 1]!], claimIds, 1, seed + 4);
    const [editorToken] = await insertTokens(client, [editorId], "scale bench (dashboard)");
    // Listeners act as reviewers the load phases do not use; one token each, as separate people.
    const listenerIds = Array.from({ length: listeners }, (_, i) => reviewers[taken + (i % (reviewers.length - taken))]!);
    const listenerTokens = await insertTokens(client, listenerIds, "scale bench (live)");
    return { direct: { clients: direct }, api: { clients: api }, api2: { clients: api2 }, warmup: { clients: warmup }, probe: probe!, editor: { id: editorId, token: editorToken! }, listenerTokens };
  } finally {
    await client.end();
  }
}
