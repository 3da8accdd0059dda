// Scoring the matcher against the hand-labelled set. Pure: the runner supplies, per cluster, the
// ranked passages the matcher returned and the labelled spans.

export type TSpan = { source: string; start: number; end: number };
export type TLabelled = TSpan & { stance: "SUPPORTS" | "REFUTES" };
export type TReturned = TSpan & { stance?: "SUPPORTS" | "REFUTES" };
export type TClusterRun = { id: string; labelled: TLabelled[]; returned: TReturned[] };

export type TClusterScore = { id: string; labelled: number; foundAt5: number; firstRank: number | null; stanceRight: number; stanceJudged: number };
export type TEvalReport = {
  clusters: TClusterScore[];
  labelled: number;
  recallAt5: number;
  mrr: number;
  stanceAccuracy: number;
  /** Labelled passages the matcher returned (in its whole list) with a stance: what stance accuracy is over. */
  stanceJudged: number;
};

export const RECALL_CUTOFF = 5;

const overlaps = (a: TSpan, b: TSpan) => a.source === b.source && a.start < b.end && b.start < a.end;

/**
 * recall@5: share of labelled passages among the claim's top five (micro-averaged over all labelled
 * passages). MRR: mean over clusters of 1 / rank of the first labelled passage (0 when none is
 * returned). Stance accuracy: over labelled passages the matcher returned with a stance, the share
 * whose stance equals the label; a returned passage without a stance counts as wrong.
 */
export function scoreRuns(runs: TClusterRun[]): TEvalReport {
  const clusters = runs.map((run): TClusterScore => {
    const top = run.returned.slice(0, RECALL_CUTOFF);
    const foundAt5 = run.labelled.filter((l) => top.some((r) => overlaps(l, r))).length;
    const firstIndex = run.returned.findIndex((r) => run.labelled.some((l) => overlaps(l, r)));
    let stanceRight = 0;
    let stanceJudged = 0;
    for (const label of run.labelled) {
      const hit = run.returned.find((r) => overlaps(label, r));
      if (!hit) continue;
      stanceJudged += 1;
      if (hit.stance === label.stance) stanceRight += 1;
    }
    return { id: run.id, labelled: run.labelled.length, foundAt5, firstRank: firstIndex === -1 ? null : firstIndex + 1, stanceRight, stanceJudged };
  });
  const labelled = clusters.reduce((n, c) => n + c.labelled, 0);
  const found = clusters.reduce((n, c) => n + c.foundAt5, 0);
  const judged = clusters.reduce((n, c) => n + c.stanceJudged, 0);
  const right = clusters.reduce((n, c) => n + c.stanceRight, 0);
  const mrr = clusters.reduce((sum, c) => sum + (c.firstRank ? 1 / c.firstRank : 0), 0) / Math.max(1, clusters.length);
  return { clusters, labelled, recallAt5: labelled ? found / labelled : 0, mrr, stanceAccuracy: judged ? right / judged : 0, stanceJudged: judged };
}
