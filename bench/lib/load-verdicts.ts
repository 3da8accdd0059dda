import type pg from "pg";
import { BENCH_EMAIL_DOMAIN } from "./load-base";
import { sqlBenchId } from "./ids";

// Verdicts, evidence and adjudications are generated inside PostgreSQL (generate_series over a
// per-claim plan): no rows cross the wire, which is what makes 2,000,000 verdicts take seconds.

export type TPlanOptions = { investigationId: string; reviewers: number; verdicts: number; claims: number; seed: number };

/** Greatest common divisor: reviewer strides must be coprime with the reviewer count. */
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * One row per claim: how many verdicts it gets (uniform 0 … 2·mean, so the total is close to
 * `verdicts`), which reviewers (a run of distinct reviewers: offset + j·stride mod R), the label the
 * reviewers lean to and how strongly (p = 0.70 … 0.99).
 */
export async function createPlan(client: pg.ClientBase, o: TPlanOptions): Promise<void> {
  const maxPerClaim = Math.min(o.reviewers, Math.round((2 * o.verdicts) / o.claims));
  const strides = [1, 3, 7, 9, 11, 13, 17, 19, 23].filter((s) => gcd(s, o.reviewers) === 1);
  await client.query(`SELECT setseed($1)`, [o.seed]);
  await client.query(
    `CREATE TEMP TABLE bench_reviewer AS
     SELECT (row_number() OVER (ORDER BY "email") - 1)::int AS idx, "id" FROM "User"
      WHERE "role" = 'REVIEWER' AND "email" LIKE $1 ORDER BY "email" LIMIT $2`,
    [`reviewer%@${BENCH_EMAIL_DOMAIN}`, o.reviewers],
  );
  await client.query(
    `CREATE TEMP TABLE bench_claim AS
     SELECT id, n, created, floor(u1 * ($2 + 1))::int AS k, floor(u2 * $3)::int AS off,
            ($4::int[])[1 + floor(u3 * cardinality($4::int[]))::int] AS stride,
            CASE WHEN u4 < 0.45 THEN 'CORROBORATED' WHEN u4 < 0.75 THEN 'CONTRADICTED' ELSE 'CONTESTED' END AS base,
            0.70 + 0.29 * u5 AS p
       FROM (SELECT "id", (row_number() OVER (ORDER BY "id") - 1)::int AS n, "createdAt" AS created,
                    random() AS u1, random() AS u2, random() AS u3, random() AS u4, random() AS u5
               FROM "Claim" WHERE "investigationId" = $1) c`,
    [o.investigationId, maxPerClaim, o.reviewers, strides],
  );
  await client.query(`CREATE UNIQUE INDEX ON bench_claim (n); CREATE UNIQUE INDEX ON bench_claim (id); ANALYZE bench_claim; ANALYZE bench_reviewer`);
}

/**
 * Verdicts: a reviewer agrees with the claim's leaning label with probability p; otherwise mostly
 * says CONTESTED, sometimes the opposite label, which is what makes claims disputed.
 */
export async function loadVerdicts(client: pg.ClientBase, { salt, reviewers }: { salt: string; reviewers: number }): Promise<number> {
  const result = await client.query(
    `INSERT INTO "Verdict" ("id", "claimId", "reviewerId", "label", "rationale", "rationaleNormalized", "version", "createdAt", "updatedAt")
     SELECT ${sqlBenchId("v", "x.seq")}, x.id, r.id,
            (CASE WHEN x.u1 < x.p THEN x.base
                  WHEN x.base = 'CONTESTED' THEN CASE WHEN x.u2 < 0.5 THEN 'CORROBORATED' ELSE 'CONTRADICTED' END
                  WHEN x.u2 < 0.7 THEN 'CONTESTED'
                  WHEN x.base = 'CORROBORATED' THEN 'CONTRADICTED' ELSE 'CORROBORATED' END)::"VerdictLabel",
            CASE WHEN x.u4 < 0.3 THEN 'Checked against the cited figures (' || x.n || ').' ELSE '' END,
            -- normalizeText of the ASCII rationale above is its lower case.
            CASE WHEN x.u4 < 0.3 THEN 'checked against the cited figures (' || x.n || ').' ELSE '' END,
            CASE WHEN x.u4 < 0.1 THEN 2 ELSE 1 END,
            x.at, CASE WHEN x.u4 < 0.1 THEN least(now(), x.at + interval '1 day' * x.u2) ELSE x.at END
       FROM (SELECT c.id, c.n, c.base, c.p, c.off, c.stride, j, c.n::bigint * 64 + j AS seq,
                    random() AS u1, random() AS u2, random() AS u4,
                    c.created + least(interval '30 days', now() - c.created) * power(random(), 2) AS at
               FROM bench_claim c CROSS JOIN LATERAL generate_series(0, c.k - 1) AS j) x
       JOIN bench_reviewer r ON r.idx = (x.off + x.j * x.stride) % $2`,
    [salt, reviewers],
  );
  return result.rowCount ?? 0;
}

/**
 * Evidence on `share` of the verdicts: a passage of another claim's sentence (so its anchor is valid
 * in that claim's source); SUPPORTS for CORROBORATED, REFUTES for CONTRADICTED, either for CONTESTED.
 */
export async function loadEvidence(client: pg.ClientBase, { salt, claims, sources, share }: { salt: string; claims: number; sources: number; share: number }): Promise<number> {
  const result = await client.query(
    `INSERT INTO "Evidence" ("id", "verdictId", "sourceId", "stance", "quoteExact", "quotePrefix", "quoteSuffix",
                             "positionStart", "positionEnd", "note", "createdAt")
     SELECT ${sqlBenchId("e", "x.seq")}, x.vid, o."sourceId",
            (CASE x.label WHEN 'CORROBORATED' THEN 'SUPPORTS' WHEN 'CONTRADICTED' THEN 'REFUTES'
                  ELSE CASE WHEN x.u < $4::float8 / 2 THEN 'SUPPORTS' ELSE 'REFUTES' END END)::"Stance",
            o."quoteExact", o."quotePrefix", o."quoteSuffix", o."positionStart", o."positionEnd", '', x."createdAt"
       FROM (SELECT v."id" AS vid, v."label", v."createdAt", u, row_number() OVER () AS seq,
                    (c.n + 1 + $3 * (abs(hashtext(v."id")::bigint) % 997)) % $2 AS other
               FROM (SELECT *, random() AS u FROM "Verdict") v JOIN bench_claim c ON c.id = v."claimId"
              WHERE v.u < $4::float8) x
       JOIN bench_claim oc ON oc.n = x.other
       JOIN "Claim" o ON o."id" = oc.id`,
    [salt, claims, sources, share],
  );
  return result.rowCount ?? 0;
}

/** Final verdicts on 1% of the claims with ≥ 3 verdicts; a tenth of those corrected once. */
export async function loadAdjudications(client: pg.ClientBase, { salt, editorId }: { salt: string; editorId: string }): Promise<number> {
  const first = await client.query(
    `INSERT INTO "Adjudication" ("id", "claimId", "editorId", "label", "rationale", "createdAt")
     SELECT ${sqlBenchId("a", "c.n")}, c.id, $2, c.base::"VerdictLabel", 'Final verdict after reviewing all verdicts and evidence.',
            least(now() - interval '2 days', (SELECT max(v."updatedAt") FROM "Verdict" v WHERE v."claimId" = c.id) + interval '2 hours')
       FROM bench_claim c WHERE c.k >= 3 AND c.n % 100 = 50`,
    [salt, editorId],
  );
  const corrections = await client.query(
    `INSERT INTO "Adjudication" ("id", "claimId", "editorId", "label", "rationale", "correctionNote", "supersedesId", "createdAt")
     SELECT ${sqlBenchId("a2", "c.n")}, c.id, $2,
            (CASE c.base WHEN 'CONTESTED' THEN 'CONTRADICTED' ELSE 'CONTESTED' END)::"VerdictLabel",
            'Revised after new evidence.', 'A later source changed the figures.', a."id", a."createdAt" + interval '1 day'
       FROM bench_claim c JOIN "Adjudication" a ON a."claimId" = c.id
      WHERE c.k >= 3 AND c.n % 1000 = 50`,
    [salt, editorId],
  );
  return (first.rowCount ?? 0) + (corrections.rowCount ?? 0);
}
