import type pg from "pg";
import { normalizeText } from "@/lib/text/normalize";

// The two statements of a verdict save (lib/verdicts/save-verdict.ts), sent through the process's pg
// pool rather than a Prisma transaction: Prisma's interactive transactions serialise under
// concurrency (64 clients: ~100 saves/s against ~1,500 for the same work in plain statements;
// bench/README.md, "Scale"). The write is one statement, so it is atomic without a transaction
// block and commits once.

export type TVerdictRowJson = {
  id: string;
  label: "CORROBORATED" | "CONTESTED" | "CONTRADICTED";
  rationale: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  evidence: {
    id: string;
    sourceId: string;
    stance: "SUPPORTS" | "REFUTES";
    quoteExact: string;
    quotePrefix: string;
    quoteSuffix: string;
    positionStart: number | null;
    positionEnd: number | null;
    note: string;
    source: { title: string };
  }[];
};

export type TSaveContext = { sourceId: string; investigationId: string; settled: boolean; verdict: TVerdictRowJson | null };

/** The claim (null when it does not exist), whether it is settled, and the reviewer's verdict with its evidence. */
export async function readSaveContext(pool: pg.Pool, claimId: string, reviewerId: string): Promise<TSaveContext | null> {
  const { rows } = await pool.query<{ sourceId: string; investigationId: string; settled: boolean; verdict: (Omit<TVerdictRowJson, "createdAt" | "updatedAt"> & { createdAt: string; updatedAt: string }) | null }>(
    `SELECT c."sourceId", c."investigationId",
            EXISTS (SELECT 1 FROM "Adjudication" a WHERE a."claimId" = c."id") AS "settled",
            CASE WHEN v."id" IS NULL THEN NULL ELSE json_build_object(
              'id', v."id", 'label', v."label", 'rationale', v."rationale", 'version', v."version",
              'createdAt', v."createdAt", 'updatedAt', v."updatedAt",
              'evidence', COALESCE((
                SELECT json_agg(json_build_object(
                         'id', e."id", 'sourceId', e."sourceId", 'stance', e."stance", 'quoteExact', e."quoteExact",
                         'quotePrefix', e."quotePrefix", 'quoteSuffix', e."quoteSuffix", 'positionStart', e."positionStart",
                         'positionEnd', e."positionEnd", 'note', e."note", 'source', json_build_object('title', s."title"))
                       ORDER BY e."createdAt", e."id")
                  FROM "Evidence" e JOIN "Source" s ON s."id" = e."sourceId" WHERE e."verdictId" = v."id"), '[]'::json)
            ) END AS "verdict"
       FROM "Claim" c LEFT JOIN "Verdict" v ON v."claimId" = c."id" AND v."reviewerId" = $2
      WHERE c."id" = $1`,
    [claimId, reviewerId],
  );
  const row = rows[0];
  if (!row) return null;
  const verdict = row.verdict ? { ...row.verdict, createdAt: new Date(row.verdict.createdAt), updatedAt: new Date(row.verdict.updatedAt) } : null;
  return { sourceId: row.sourceId, investigationId: row.investigationId, settled: row.settled, verdict };
}

export type TEvidenceRow = Omit<TVerdictRowJson["evidence"][number], "source"> & { createdAt: Date };

export type TWrite = {
  verdictId: string;
  claimId: string;
  reviewerId: string;
  label: string;
  rationale: string;
  /** The version the client saw: 0 for a first save. */
  baseVersion: number;
  at: Date;
  replaceEvidence: boolean;
  evidence: TEvidenceRow[];
  revisionId: string;
  fromLabel: string | null;
  audit: { action: string; data: unknown };
};

/**
 * Inserts the verdict or, when the reviewer has one, moves it on from `baseVersion` — the same
 * INSERT … ON CONFLICT as the benchmark's direct comparison — and, only if that happened, replaces
 * its evidence and adds the revision and the audit row. Returns the new version, or null when
 * nothing was written: the verdict moved on meanwhile (stale) or the claim was settled.
 */
export async function writeVerdict(pool: pg.Pool, w: TWrite): Promise<number | null> {
  const { rows } = await pool.query<{ version: number }>(
    `WITH verdict AS (
       INSERT INTO "Verdict" AS v ("id", "claimId", "reviewerId", "label", "rationale", "rationaleNormalized", "createdAt", "updatedAt")
       SELECT $1, $2, $3, $4::"VerdictLabel", $5, $14, $7, $7
        WHERE NOT EXISTS (SELECT 1 FROM "Adjudication" a WHERE a."claimId" = $2)
          -- A revision of a verdict that is gone must not come back as a new first save.
          AND ($6 = 0 OR EXISTS (SELECT 1 FROM "Verdict" o WHERE o."claimId" = $2 AND o."reviewerId" = $3))
       ON CONFLICT ("claimId", "reviewerId") DO UPDATE
         SET "label" = EXCLUDED."label", "rationale" = EXCLUDED."rationale", "rationaleNormalized" = EXCLUDED."rationaleNormalized",
             "version" = v."version" + 1, "updatedAt" = EXCLUDED."updatedAt"
         WHERE v."version" = $6
       RETURNING v."id", v."version"
     ), dropped AS (
       DELETE FROM "Evidence" e USING verdict WHERE $8 AND e."verdictId" = verdict."id"
     ), cited AS (
       INSERT INTO "Evidence" ("id", "verdictId", "sourceId", "stance", "quoteExact", "quotePrefix", "quoteSuffix", "positionStart", "positionEnd", "note", "createdAt")
       SELECT e."id", verdict."id", e."sourceId", e."stance"::"Stance", e."quoteExact", e."quotePrefix", e."quoteSuffix", e."positionStart", e."positionEnd", e."note", e."createdAt"
         FROM verdict, jsonb_to_recordset($9::jsonb) AS e("id" text, "sourceId" text, "stance" text, "quoteExact" text, "quotePrefix" text,
                                                          "quoteSuffix" text, "positionStart" int, "positionEnd" int, "note" text, "createdAt" timestamptz)
     ), revision AS (
       INSERT INTO "VerdictRevision" ("id", "verdictId", "actorId", "version", "fromLabel", "toLabel", "rationale", "createdAt")
       SELECT $10, verdict."id", $3, verdict."version", $11::"VerdictLabel", $4::"VerdictLabel", $5, $7 FROM verdict
     ), audit AS (
       INSERT INTO "AuditEvent" ("actorId", "action", "entityType", "entityId", "data", "createdAt")
       SELECT $3, $12, 'Verdict', verdict."id", $13::jsonb, $7 FROM verdict
     )
     SELECT "version" FROM verdict`,
    [
      w.verdictId, w.claimId, w.reviewerId, w.label, w.rationale, w.baseVersion, w.at, w.replaceEvidence, JSON.stringify(w.evidence),
      w.revisionId, w.fromLabel, w.audit.action, JSON.stringify(w.audit.data), normalizeText(w.rationale),
    ],
  );
  return rows[0]?.version ?? null;
}
