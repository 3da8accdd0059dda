import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EditorFinalVerdict } from "@/components/adjudication/editor-final-verdict";
import { FinalVerdictView } from "@/components/adjudication/final-verdict-view";
import { AssignmentPanel } from "@/components/assignments/assignment-panel";
import { ClaimPager } from "@/components/claims/claim-pager";
import { ClaimSummary } from "@/components/claims/claim-summary";
import { CommentsPanel } from "@/components/comments/comments-panel";
import { PageShell } from "@/components/layout/page-shell";
import { LiveRefresh } from "@/components/live/live-refresh";
import { ClusterPanel } from "@/components/matching/cluster-panel";
import { OtherVerdicts } from "@/components/verdicts/other-verdicts";
import { ShortcutLegend } from "@/components/verdicts/shortcut-legend";
import { VerdictForm } from "@/components/verdicts/verdict-form";
import { VerdictHistory } from "@/components/verdicts/verdict-history";
import { getFinalVerdict } from "@/lib/adjudication/list-corrections";
import { canAssignClaims } from "@/lib/assignments/assignments";
import { canAdjudicate } from "@/lib/dashboard/permissions";
import { listClaimAssignees } from "@/lib/assignments/list-assignees";
import { hasRole } from "@/lib/auth/actor";
import { getClaimContext } from "@/lib/claims/claim-context";
import { canCreateClaim } from "@/lib/claims/permissions";
import { getClaimCluster } from "@/lib/clusters/get-claim-cluster";
import { getClaim } from "@/lib/claims/list-claims";
import { getClaimNeighbours } from "@/lib/claims/neighbours";
import { listComments } from "@/lib/comments/comments";
import { requireActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { listAssignableUsers } from "@/lib/users/list-users";
import { listVerdicts } from "@/lib/verdicts/list-verdicts";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("claim"))("title") };
}

export default async function ClaimPage({ params }: Props) {
  const actor = await requireActor();
  const { id } = await params;
  const input = { claimId: id };
  const claim = await getClaim({ db, actor, input }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const canAssign = canAssignClaims(actor);
  const [t, context, verdicts, comments, neighbours, assignees, users, final, cluster] = await Promise.all([
    getTranslations("claim"),
    getClaimContext({ db, actor, input }),
    listVerdicts({ db, actor, input }),
    listComments({ db, actor, input }),
    getClaimNeighbours({ db, actor, input }),
    listClaimAssignees({ db, actor, input }),
    canAssign ? listAssignableUsers({ db, actor }) : null,
    getFinalVerdict({ db, input }),
    getClaimCluster({ db, actor, input }),
  ]);
  const current = final ? { label: final.label, rationale: final.rationale, publishedAt: final.createdAt.toISOString(), editorName: final.editor?.name ?? null } : null;
  const langs = new Map(context.evidenceSources.map((s) => [s.id, s.lang]));

  return (
    <PageShell actor={actor}>
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <ClaimPager previousId={neighbours.previousId} nextId={neighbours.nextId} />
        <span className="ml-auto">
          <LiveRefresh claimId={claim.id} selfId={actor.id} connectedLabel={t("live.connected")} reconnectingLabel={t("live.reconnecting")} />
        </span>
      </div>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 space-y-8">
          <ClaimSummary claim={claim} context={context} />
          {context.settled && (
            <p role="status" className="rounded-md border border-slate-300 bg-slate-100 px-3 py-2 text-sm text-slate-800" data-testid="settled-notice">
              {t("settled")}
            </p>
          )}
          <VerdictForm
            key={claim.id}
            claimId={claim.id}
            initial={verdicts.mine}
            settled={context.settled}
            evidenceSources={context.evidenceSources}
            previousId={neighbours.previousId}
            nextId={neighbours.nextId}
          />
          <OtherVerdicts others={verdicts.others} hiddenCount={verdicts.hiddenCount} langs={langs} />
          <VerdictHistory history={verdicts.history} />
          <CommentsPanel claimId={claim.id} comments={comments} actorId={actor.id} canModerate={hasRole(actor, "EDITOR")} />
        </div>
        <aside className="space-y-4 lg:sticky lg:top-4 lg:self-start">
          {canAdjudicate(actor) ? <EditorFinalVerdict claimId={claim.id} current={current} /> : <FinalVerdictView current={current} />}
          <AssignmentPanel claimId={claim.id} assignees={assignees} users={users} />
          <ClusterPanel claimId={claim.id} cluster={cluster} canLink={canCreateClaim(actor)} />
          <ShortcutLegend />
        </aside>
      </div>
    </PageShell>
  );
}
