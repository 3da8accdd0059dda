import type pg from "pg";
import { normalizeText } from "@/lib/text/normalize";

// A verdict save is one statement on the process's pg pool (lib/verdicts/save-verdict.ts), not a
// Prisma transaction: Prisma's interactive transactions serialise under concurrency (64 clients:
// ~100 saves/s against ~1,500 for the same work in plain statements), and every round trip costs
// the app server a system call each way (bench/README.md, "Scale"). One statement is atomic on its
// own and commits once.

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
  /** Used only when this is the reviewer's first verdict on the claim. */
  newId: string;
  claimId: string;
  reviewer: { id: string; name: string };
  label: string;
  rationale: string;
  /** The version the client saw: 0 for a first save. */
  baseVersion: number;
  at: Date;
  evidence: TEvidenceRow[];
  revisionId: string;
  /** The saved verdict as the API returns it (TVerdictDto); its id and createdAt are the stored row's. */
  after: unknown;
};

export type TWriteResult = { sourceId: string; investigationId: string; settled: boolean; saved: { id: string; version: number; createdAt: Date } | null };

// toISOString() of a timestamptz(3): the verdict DTO's timestamps (lib/verdicts/dto.ts).
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Inserts the verdict or, when the reviewer has one, moves it on from `baseVersion` — the same
 * INSERT … ON CONFLICT as the benchmark's direct comparison — unless the claim is settled; and,
 * only if that happened, replaces the evidence and adds the revision and the audit row, whose
 * "before" is the replaced row read in the same statement (as lib/verdicts/dto.ts shapes it).
 * Returns the claim (null when it does not exist) and the saved row, null when nothing was written:
 * the claim is settled, or the verdict is not at `baseVersion` (stale).
 */
export async function writeVerdict(pool: pg.Pool, w: TWrite): Promise<TWriteResult | null> {
  // Named: each connection parses and plans it once (a generic plan after a few runs), not per save.
  const { rows } = await pool.query<{ sourceId: string; investigationId: string; settled: boolean; id: string | null; version: number | null; createdAt: Date | null }>({
    name: "factdesk-save-verdict",
    text: `WITH claim AS (
       SELECT c."id", c."sourceId", c."investigationId", EXISTS (SELECT 1 FROM "Adjudication" a WHERE a."claimId" = c."id") AS "settled"
         FROM "Claim" c WHERE c."id" = $2
     ), old AS (
       SELECT v."id", v."label", v."rationale", v."version", v."createdAt", v."updatedAt" FROM "Verdict" v WHERE v."claimId" = $2 AND v."reviewerId" = $3
     ), verdict AS (
       INSERT INTO "Verdict" AS v ("id", "claimId", "reviewerId", "label", "rationale", "rationaleNormalized", "createdAt", "updatedAt")
       SELECT $1, $2, $3, $4::"VerdictLabel", $5, $12, $7, $7 FROM claim
        -- A revision of a verdict that is gone must not come back as a new first save.
        WHERE NOT claim."settled" AND ($6 = 0 OR EXISTS (SELECT 1 FROM old))
       ON CONFLICT ("claimId", "reviewerId") DO UPDATE
         SET "label" = EXCLUDED."label", "rationale" = EXCLUDED."rationale", "rationaleNormalized" = EXCLUDED."rationaleNormalized",
             "version" = v."version" + 1, "updatedAt" = EXCLUDED."updatedAt"
         WHERE v."version" = $6
       RETURNING v."id", v."version", v."createdAt"
     ), before AS (
       SELECT o."id", o."label", jsonb_build_object(
                'id', o."id", 'claimId', $2::text, 'reviewer', jsonb_build_object('id', $3::text, 'name', $10::text),
                'label', o."label", 'rationale', o."rationale", 'version', o."version",
                'evidence', COALESCE((
                  SELECT jsonb_agg(jsonb_build_object(
                           'id', e."id", 'sourceId', e."sourceId", 'sourceTitle', s."title", 'stance', e."stance", 'exact', e."quoteExact",
                           'prefix', e."quotePrefix", 'suffix', e."quoteSuffix", 'start', e."positionStart", 'end', e."positionEnd", 'note', e."note")
                         ORDER BY e."createdAt", e."id")
                    FROM "Evidence" e JOIN "Source" s ON s."id" = e."sourceId" WHERE e."verdictId" = o."id"), '[]'::jsonb),
                'createdAt', ${iso('o."createdAt"')}, 'updatedAt', ${iso('o."updatedAt"')}) AS "dto"
         FROM old o
     ), dropped AS (
       DELETE FROM "Evidence" e USING verdict WHERE e."verdictId" = verdict."id" AND EXISTS (SELECT 1 FROM old)
     ), cited AS (
       INSERT INTO "Evidence" ("id", "verdictId", "sourceId", "stance", "quoteExact", "quotePrefix", "quoteSuffix", "positionStart", "positionEnd", "note", "createdAt")
       SELECT e."id", verdict."id", e."sourceId", e."stance"::"Stance", e."quoteExact", e."quotePrefix", e."quoteSuffix", e."positionStart", e."positionEnd", e."note", e."createdAt"
         FROM verdict, jsonb_to_recordset($8::jsonb) AS e("id" text, "sourceId" text, "stance" text, "quoteExact" text, "quotePrefix" text,
                                                          "quoteSuffix" text, "positionStart" int, "positionEnd" int, "note" text, "createdAt" timestamptz)
     ), revision AS (
       INSERT INTO "VerdictRevision" ("id", "verdictId", "actorId", "version", "fromLabel", "toLabel", "rationale", "createdAt")
       SELECT $9, verdict."id", $3, verdict."version", (SELECT "label" FROM before), $4::"VerdictLabel", $5, $7 FROM verdict
     ), audit AS (
       INSERT INTO "AuditEvent" ("actorId", "action", "entityType", "entityId", "data", "createdAt")
       SELECT $3, CASE WHEN EXISTS (SELECT 1 FROM before) THEN 'verdict.update' ELSE 'verdict.create' END, 'Verdict', verdict."id",
              jsonb_build_object('before', (SELECT "dto" FROM before),
                                 'after', $11::jsonb || jsonb_build_object('id', verdict."id", 'createdAt', ${iso('verdict."createdAt"')})),
              $7
         FROM verdict
     )
     SELECT claim."sourceId", claim."investigationId", claim."settled", verdict."id", verdict."version", verdict."createdAt"
       FROM claim LEFT JOIN verdict ON true`,
    values: [w.newId, w.claimId, w.reviewer.id, w.label, w.rationale, w.baseVersion, w.at, JSON.stringify(w.evidence), w.revisionId, w.reviewer.name, JSON.stringify(w.after), normalizeText(w.rationale)],
  });
  const row = rows[0];
  if (!row) return null;
  const saved = row.id !== null && row.version !== null && row.createdAt !== null ? { id: row.id, version: row.version, createdAt: row.createdAt } : null;
  return { sourceId: row.sourceId, investigationId: row.investigationId, settled: row.settled, saved };
}
