import type pg from "pg";

// ClaimStats for a bulk load in one set-based statement, instead of one trigger call per verdict.
// Every figure is computed exactly as factdesk_refresh_claim_stats computes it (see the
// *_claim_stats migration); verifyClaimStats re-derives a sample with that function to prove it.
// lastActivityAt: the function stamps now() because it runs at the moment of the activity; for
// rows loaded after the fact, the moment of the latest activity is the equivalent value.

const FILL = `
INSERT INTO "ClaimStats" ("claimId", "investigationId", "sourceId", "corroborated", "contested", "contradicted", "reviewers",
                          "consensus", "disputed", "agreement", "evidenceFor", "evidenceAgainst", "finalVerdict", "lastActivityAt")
SELECT x."id", x."investigationId", x."sourceId", x.c, x.t, x.d, x.n,
       x.majority,
       (x.c > 0 AND x.d > 0) OR x.majority IS NOT DISTINCT FROM 'SPLIT',
       CASE WHEN x.n < 2 THEN -1 ELSE (x.c * (x.c - 1) + x.t * (x.t - 1) + x.d * (x.d - 1))::float8 / (x.n * (x.n - 1)) END,
       x.ev_for, x.ev_against, x.final, x.last_activity
  FROM (SELECT y.*, CASE WHEN y.n = 0 THEN NULL
                         WHEN y.c * 2 > y.n THEN 'CORROBORATED'
                         WHEN y.t * 2 > y.n THEN 'CONTESTED'
                         WHEN y.d * 2 > y.n THEN 'CONTRADICTED'
                         ELSE 'SPLIT' END AS majority
          FROM (SELECT cl."id", cl."investigationId", cl."sourceId",
                       COALESCE(v.c, 0) AS c, COALESCE(v.t, 0) AS t, COALESCE(v.d, 0) AS d,
                       COALESCE(v.c + v.t + v.d, 0) AS n,
                       COALESCE(e.ev_for, 0) AS ev_for, COALESCE(e.ev_against, 0) AS ev_against,
                       a."label" AS final,
                       GREATEST(cl."createdAt", v.last, e.last, a."createdAt") AS last_activity
                  FROM "Claim" cl
                  LEFT JOIN (SELECT "claimId",
                                    (count(*) FILTER (WHERE "label" = 'CORROBORATED'))::int AS c,
                                    (count(*) FILTER (WHERE "label" = 'CONTESTED'))::int AS t,
                                    (count(*) FILTER (WHERE "label" = 'CONTRADICTED'))::int AS d,
                                    max("updatedAt") AS last
                               FROM "Verdict" GROUP BY "claimId") v ON v."claimId" = cl."id"
                  LEFT JOIN (SELECT v."claimId",
                                    (count(*) FILTER (WHERE e."stance" = 'SUPPORTS'))::int AS ev_for,
                                    (count(*) FILTER (WHERE e."stance" = 'REFUTES'))::int AS ev_against,
                                    max(e."createdAt") AS last
                               FROM "Evidence" e JOIN "Verdict" v ON v."id" = e."verdictId" GROUP BY v."claimId") e ON e."claimId" = cl."id"
                  LEFT JOIN (SELECT DISTINCT ON ("claimId") "claimId", "label", "createdAt"
                               FROM "Adjudication" ORDER BY "claimId", "createdAt" DESC, "id" DESC) a ON a."claimId" = cl."id"
                 WHERE cl."investigationId" = $1) y) x
ON CONFLICT ("claimId") DO NOTHING`;

export async function fillClaimStats(client: pg.ClientBase, investigationId: string): Promise<number> {
  const result = await client.query(FILL, [investigationId]);
  return result.rowCount ?? 0;
}

const COMPARED = ["corroborated", "contested", "contradicted", "reviewers", "consensus", "disputed", "agreement", "evidenceFor", "evidenceAgainst", "finalVerdict", "investigationId", "sourceId"] as const;

export type TStatsCheck = { checked: number; identical: number; mismatches: { claimId: string; column: string; loaded: string; refreshed: string }[] };

/**
 * Re-derives `size` claims' rows with factdesk_refresh_claim_stats inside a transaction that is
 * rolled back, and compares every figure. The sample mixes random claims with the rare cases:
 * adjudicated (and corrected) claims, claims with evidence, claims with zero or one verdict.
 */
export async function verifyClaimStats(client: pg.ClientBase, investigationId: string, size = 100): Promise<TStatsCheck> {
  const special = Math.floor(size / 10);
  await client.query("BEGIN");
  try {
    await client.query(
      `CREATE TEMP TABLE bench_sample ON COMMIT DROP AS
       SELECT DISTINCT "claimId" FROM (
         (SELECT "claimId" FROM "ClaimStats" WHERE "investigationId" = $1 ORDER BY random() LIMIT $2)
         UNION ALL (SELECT "claimId" FROM "ClaimStats" WHERE "investigationId" = $1 AND "finalVerdict" IS NOT NULL ORDER BY random() LIMIT $3)
         UNION ALL (SELECT a."claimId" FROM "Adjudication" a JOIN "Claim" c ON c."id" = a."claimId"
                     WHERE c."investigationId" = $1 AND a."supersedesId" IS NOT NULL ORDER BY random() LIMIT $3)
         UNION ALL (SELECT "claimId" FROM "ClaimStats" WHERE "investigationId" = $1 AND "evidenceFor" + "evidenceAgainst" > 0 ORDER BY random() LIMIT $3)
         UNION ALL (SELECT "claimId" FROM "ClaimStats" WHERE "investigationId" = $1 AND "reviewers" <= 1 ORDER BY random() LIMIT $3)) s`,
      [investigationId, size - 4 * special, special],
    );
    await client.query(`CREATE TEMP TABLE bench_before ON COMMIT DROP AS SELECT s.* FROM "ClaimStats" s JOIN bench_sample USING ("claimId")`);
    await client.query(`SELECT "factdesk_refresh_claim_stats"("claimId") FROM bench_sample`);
    const { rows } = await client.query<{ claimId: string; column: string; loaded: string | null; refreshed: string | null }>(
      `SELECT b."claimId", col AS "column", bv AS "loaded", av AS "refreshed"
         FROM bench_before b JOIN "ClaimStats" a USING ("claimId"),
              LATERAL (SELECT key AS col, value AS bv FROM jsonb_each_text(to_jsonb(b))) bj
              JOIN LATERAL (SELECT value AS av FROM jsonb_each_text(to_jsonb(a)) WHERE key = bj.col) aj ON true
        WHERE col = ANY($1::text[]) AND bv IS DISTINCT FROM av`,
      [COMPARED],
    );
    const { rows: count } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM bench_before`);
    const checked = count[0]?.n ?? 0;
    const differing = new Set(rows.map((r) => r.claimId));
    return {
      checked,
      identical: checked - differing.size,
      mismatches: rows.map((r) => ({ claimId: r.claimId, column: r.column, loaded: r.loaded ?? "null", refreshed: r.refreshed ?? "null" })),
    };
  } finally {
    // Rolled back: the function stamps lastActivityAt = now(), which would move the sample to the
    // top of the activity sort.
    await client.query("ROLLBACK");
  }
}
