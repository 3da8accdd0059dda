import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { recordSummary } from "@/lib/testing/run-summary";
import { formatEvalReport, runMatchingEval } from "./run-eval";

// The hand-labelled evaluation (npm run eval:matching) inside npm test: a floor under today's
// figures, so a change that makes matching worse fails here. Stance accuracy is held at its target
// (≥ 0.8); recall@5 is below its target (0.9), which the eval prints and the README reports.
const FLOOR = { recallAt5: 0.62, mrr: 0.6, stanceAccuracy: 0.8 };

describe("matching evaluation on the demo corpus", () => {
  it("stays above today's recall@5, MRR and stance accuracy", async () => {
    const report = await runMatchingEval(db);
    console.log(formatEvalReport(report));
    const found = report.clusters.reduce((n, c) => n + c.foundAt5, 0);
    recordSummary({ metric: "Matching eval: labelled passages in the top 5", tried: report.labelled, ok: found, note: `recall@5 ${report.recallAt5.toFixed(3)}, MRR ${report.mrr.toFixed(3)}, stance ${report.stanceAccuracy.toFixed(3)} (targets 0.9 / — / 0.8)` });
    expect(report.labelled).toBeGreaterThanOrEqual(30);
    expect(report.recallAt5).toBeGreaterThanOrEqual(FLOOR.recallAt5);
    expect(report.mrr).toBeGreaterThanOrEqual(FLOOR.mrr);
    expect(report.stanceAccuracy).toBeGreaterThanOrEqual(FLOOR.stanceAccuracy);
  }, 120_000);
});
