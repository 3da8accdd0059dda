import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/server/db";
import { demoSpan, loadDemoCorpus, pinDemoClaim } from "@/lib/testing/demo-corpus";
import { findMatches } from "../find-matches";
import { scoreRuns, type TClusterRun, type TEvalReport } from "./metrics";
import { ZEvalSet } from "./eval-set";

export const EVAL_SET = path.resolve(import.meta.dirname, "clusters.json");
// Deep enough that MRR and stance see passages ranked below the cut-off too.
const RETURNED = 20;

/** Imports the demo corpus, pins each labelled claim as a reviewer would, and scores the matcher. */
export async function runMatchingEval(db: Db): Promise<TEvalReport & { millisPerClaim: number[] }> {
  const set = ZEvalSet.parse(JSON.parse(await readFile(EVAL_SET, "utf8")));
  const demo = await loadDemoCorpus(db);
  const spanOf = (prefix: string, quote: string) => demoSpan(demo, prefix, quote);
  const prefixOf = new Map<string, string>();
  for (const prefix of ["000", "001", "002", "003", "004"]) prefixOf.set(demo.byPrefix(prefix).id, prefix);

  const runs: TClusterRun[] = [];
  const millisPerClaim: number[] = [];
  for (const cluster of set.clusters) {
    const claim = { id: await pinDemoClaim(db, demo, cluster.claim.source, cluster.claim.quote) };
    const began = performance.now();
    const matches = await findMatches({ db, actor: demo.reviewer, input: { claimId: claim.id, query: { limit: RETURNED } } });
    millisPerClaim.push(performance.now() - began);
    runs.push({
      id: cluster.id,
      labelled: cluster.passages.map((p) => ({ ...spanOf(p.source, p.quote), stance: p.stance })),
      returned: matches.map((m) => ({ source: prefixOf.get(m.sourceId) ?? "?", start: m.start, end: m.end, ...(m.stance ? { stance: m.stance } : {}) })),
    });
  }
  return { ...scoreRuns(runs), millisPerClaim };
}

export function formatEvalReport(report: TEvalReport): string {
  const rows = report.clusters.map((c) => `| ${c.id} | ${c.labelled} | ${c.foundAt5} | ${c.firstRank ?? "–"} | ${c.stanceRight}/${c.stanceJudged} |`);
  const pass = (ok: boolean) => (ok ? "PASS" : "FAIL");
  return [
    "| cluster | labelled passages | in top 5 | first relevant rank | stance right |",
    "|---|---:|---:|---:|---:|",
    ...rows,
    "",
    "| metric | value | target | result |",
    "|---|---:|---|---|",
    `| recall@5 | ${report.recallAt5.toFixed(3)} | ≥ 0.9 | ${pass(report.recallAt5 >= 0.9)} |`,
    `| MRR | ${report.mrr.toFixed(3)} | — | |`,
    `| stance accuracy (${report.stanceJudged} judged of ${report.labelled}) | ${report.stanceAccuracy.toFixed(3)} | ≥ 0.8 | ${pass(report.stanceAccuracy >= 0.8)} |`,
  ].join("\n");
}
