"use client";

import { lazy, Suspense } from "react";
import type { TPublishedVerdict } from "./final-verdict-view";

// Only editors publish: reviewers, who open claim pages most, get the verdict rendered on the
// server (FinalVerdictView) and never download the panel. For editors it renders on the server
// too; the browser fetches its code to make it interactive.
const FinalVerdictPanel = lazy(() => import("./final-verdict-panel").then((m) => ({ default: m.FinalVerdictPanel })));

export function EditorFinalVerdict({ claimId, current }: { claimId: string; current: TPublishedVerdict | null }) {
  return (
    <Suspense fallback={null}>
      <FinalVerdictPanel claimId={claimId} current={current} />
    </Suspense>
  );
}
