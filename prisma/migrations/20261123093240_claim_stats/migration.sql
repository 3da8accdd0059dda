-- CreateTable
CREATE TABLE "ClaimStats" (
    "claimId" TEXT NOT NULL,
    "investigationId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "corroborated" INTEGER NOT NULL DEFAULT 0,
    "contested" INTEGER NOT NULL DEFAULT 0,
    "contradicted" INTEGER NOT NULL DEFAULT 0,
    "reviewers" INTEGER NOT NULL DEFAULT 0,
    "consensus" TEXT,
    "disputed" BOOLEAN NOT NULL DEFAULT false,
    "agreement" DOUBLE PRECISION NOT NULL DEFAULT -1,
    "evidenceFor" INTEGER NOT NULL DEFAULT 0,
    "evidenceAgainst" INTEGER NOT NULL DEFAULT 0,
    "finalVerdict" "VerdictLabel",
    "lastActivityAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimStats_pkey" PRIMARY KEY ("claimId")
);

-- CreateIndex
CREATE INDEX "Claim_text_trgm_idx" ON "Claim" USING GIN ("text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ClaimStats_investigationId_lastActivityAt_claimId_idx" ON "ClaimStats"("investigationId", "lastActivityAt" DESC, "claimId");

-- CreateIndex
CREATE INDEX "ClaimStats_investigationId_reviewers_claimId_idx" ON "ClaimStats"("investigationId", "reviewers", "claimId");

-- CreateIndex
CREATE INDEX "ClaimStats_investigationId_agreement_claimId_idx" ON "ClaimStats"("investigationId", "agreement", "claimId");

-- CreateIndex
CREATE INDEX "ClaimStats_investigationId_disputed_lastActivityAt_idx" ON "ClaimStats"("investigationId", "disputed", "lastActivityAt" DESC);

-- CreateIndex
CREATE INDEX "ClaimStats_investigationId_consensus_idx" ON "ClaimStats"("investigationId", "consensus");

-- CreateIndex
CREATE INDEX "ClaimStats_sourceId_idx" ON "ClaimStats"("sourceId");

-- AddForeignKey
ALTER TABLE "ClaimStats" ADD CONSTRAINT "ClaimStats_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimStats" ADD CONSTRAINT "ClaimStats_investigationId_fkey" FOREIGN KEY ("investigationId") REFERENCES "Investigation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimStats" ADD CONSTRAINT "ClaimStats_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- =============================================================================================
-- Hand-written below this line.
-- =============================================================================================

-- Recomputes one claim's statistics from its verdicts, evidence and latest adjudication.
-- The stats row is locked first, so two transactions saving verdicts on the same claim take turns;
-- under READ COMMITTED the second one's aggregate then sees the first one's committed verdict,
-- and no update is lost. Definitions match lib/dashboard/aggregate.ts:
--   consensus = label with a strict majority of verdicts, else 'SPLIT' (null without verdicts);
--   disputed  = both CORROBORATED and CONTRADICTED present, or no majority;
--   agreement = Σ n_k(n_k−1) / (n(n−1)), the share of agreeing reviewer pairs (−1 when n < 2).
CREATE FUNCTION "factdesk_refresh_claim_stats"(target_claim TEXT) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  c INT; t INT; d INT; n INT; ev_for INT; ev_against INT; final "VerdictLabel"; majority TEXT;
BEGIN
  PERFORM 1 FROM "ClaimStats" WHERE "claimId" = target_claim FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO "ClaimStats" ("claimId", "investigationId", "sourceId")
    SELECT "id", "investigationId", "sourceId" FROM "Claim" WHERE "id" = target_claim
    ON CONFLICT ("claimId") DO NOTHING;
    PERFORM 1 FROM "ClaimStats" WHERE "claimId" = target_claim FOR UPDATE;
    IF NOT FOUND THEN RETURN; END IF; -- the claim itself is being deleted
  END IF;

  SELECT count(*) FILTER (WHERE "label" = 'CORROBORATED'),
         count(*) FILTER (WHERE "label" = 'CONTESTED'),
         count(*) FILTER (WHERE "label" = 'CONTRADICTED')
    INTO c, t, d FROM "Verdict" WHERE "claimId" = target_claim;
  n := c + t + d;
  SELECT count(*) FILTER (WHERE e."stance" = 'SUPPORTS'), count(*) FILTER (WHERE e."stance" = 'REFUTES')
    INTO ev_for, ev_against
    FROM "Evidence" e JOIN "Verdict" v ON v."id" = e."verdictId" WHERE v."claimId" = target_claim;
  SELECT a."label" INTO final FROM "Adjudication" a
   WHERE a."claimId" = target_claim ORDER BY a."createdAt" DESC, a."id" DESC LIMIT 1;

  majority := CASE
    WHEN n = 0 THEN NULL
    WHEN c * 2 > n THEN 'CORROBORATED'
    WHEN t * 2 > n THEN 'CONTESTED'
    WHEN d * 2 > n THEN 'CONTRADICTED'
    ELSE 'SPLIT' END;

  UPDATE "ClaimStats" SET
    "corroborated" = c, "contested" = t, "contradicted" = d, "reviewers" = n,
    "consensus" = majority,
    "disputed" = (c > 0 AND d > 0) OR majority IS NOT DISTINCT FROM 'SPLIT',
    "agreement" = CASE WHEN n < 2 THEN -1 ELSE (c * (c - 1) + t * (t - 1) + d * (d - 1))::float8 / (n * (n - 1)) END,
    "evidenceFor" = ev_for, "evidenceAgainst" = ev_against,
    "finalVerdict" = final,
    "lastActivityAt" = now()
  WHERE "claimId" = target_claim;
END;
$$;

CREATE FUNCTION "factdesk_claim_stats_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  target TEXT;
BEGIN
  IF TG_TABLE_NAME = 'Claim' THEN
    target := NEW."id";
  ELSIF TG_TABLE_NAME = 'Evidence' THEN
    SELECT "claimId" INTO target FROM "Verdict" WHERE "id" = COALESCE(NEW."verdictId", OLD."verdictId");
  ELSE
    target := COALESCE(NEW."claimId", OLD."claimId");
  END IF;
  IF target IS NOT NULL THEN PERFORM "factdesk_refresh_claim_stats"(target); END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Claim_stats" AFTER INSERT ON "Claim"
FOR EACH ROW EXECUTE FUNCTION "factdesk_claim_stats_trigger"();
CREATE TRIGGER "Verdict_stats" AFTER INSERT OR UPDATE OR DELETE ON "Verdict"
FOR EACH ROW EXECUTE FUNCTION "factdesk_claim_stats_trigger"();
CREATE TRIGGER "Evidence_stats" AFTER INSERT OR DELETE ON "Evidence"
FOR EACH ROW EXECUTE FUNCTION "factdesk_claim_stats_trigger"();
CREATE TRIGGER "Adjudication_stats" AFTER INSERT ON "Adjudication"
FOR EACH ROW EXECUTE FUNCTION "factdesk_claim_stats_trigger"();
-- A comment is activity too: it moves the claim's "last activity" on the dashboard.
CREATE TRIGGER "Comment_stats" AFTER INSERT ON "Comment"
FOR EACH ROW EXECUTE FUNCTION "factdesk_claim_stats_trigger"();

-- Claims that existed before this migration get their row now.
INSERT INTO "ClaimStats" ("claimId", "investigationId", "sourceId")
SELECT "id", "investigationId", "sourceId" FROM "Claim" ON CONFLICT DO NOTHING;
SELECT "factdesk_refresh_claim_stats"("id") FROM "Claim";
