import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { InvalidFilters } from "@/components/dashboard/invalid-filters";
import { PageShell } from "@/components/layout/page-shell";
import { ClusterTable } from "@/components/matching/cluster-table";
import { listClusters } from "@/lib/clusters/list-clusters";
import Link from "next/link";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { getStanceMatrix } from "@/lib/dashboard/stance-matrix";
import { listInvestigations } from "@/lib/investigations/list-investigations";
import { requireActor } from "@/lib/server/auth";
import { AppError } from "@/lib/server/errors";
import { db } from "@/lib/server/db";
import { listAssignableUsers } from "@/lib/users/list-users";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  const actor = await requireActor();
  const { view, ...params } = Object.fromEntries(Object.entries(await searchParams).flatMap(([k, v]) => (typeof v === "string" && v !== "" ? [[k, v]] : [])));
  if (!params.investigationId) {
    const first = (await listInvestigations({ db, actor }))[0];
    if (first) redirect(`/dashboard?investigationId=${first.id}`);
  }
  if (view === "clusters" && params.investigationId) {
    const clusters = await listClusters({ db, actor, input: { investigationId: params.investigationId } }).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    });
    return (
      <PageShell actor={actor} wide>
        <DashboardTabs investigationId={params.investigationId} current="clusters" />
        <ClusterTable clusters={clusters} />
      </PageShell>
    );
  }
  // Side by side: under a stream of saves every round trip waits its turn for a connection.
  const [investigations, dashboard, users] = await Promise.all([
    listInvestigations({ db, actor }),
    getDashboard({ db, actor, input: params }).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      if (error instanceof AppError && error.code === "BAD_REQUEST") return error;
      throw error;
    }),
    actor.role === "REVIEWER" ? [] : listAssignableUsers({ db, actor }),
  ]);
  if (dashboard instanceof AppError) {
    const reset = investigations.some((i) => i.id === params.investigationId) ? `/dashboard?investigationId=${encodeURIComponent(params.investigationId!)}` : "/dashboard";
    return <PageShell actor={actor}><InvalidFilters message={dashboard.message} resetHref={reset} /></PageShell>;
  }
  const investigation = investigations.find((i) => i.id === dashboard.query.investigationId);
  const matrix = await getStanceMatrix({ db, actor, input: { investigationId: dashboard.query.investigationId, claimIds: dashboard.rows.map((r) => r.claimId) } });
  return (
    <PageShell actor={actor} wide>
      <DashboardTabs investigationId={dashboard.query.investigationId} current="claims" />
      <DashboardView
        dashboard={dashboard}
        matrix={matrix}
        investigations={investigations.map((i) => ({ id: i.id, name: i.name }))}
        sources={(investigation?.sources ?? []).map((s) => ({ id: s.id, name: s.title }))}
        assignees={users.map((u) => ({ id: u.id, name: u.name }))}
      />
    </PageShell>
  );
}

/** Claims one by one, or grouped into clusters of the same claim across sources. */
async function DashboardTabs({ investigationId, current }: { investigationId: string; current: "claims" | "clusters" }) {
  const t = await getTranslations("dashboard.clusters");
  const base = `/dashboard?investigationId=${encodeURIComponent(investigationId)}`;
  const tab = (key: "claims" | "clusters", href: string, label: string) => (
    <Link href={href} aria-current={current === key ? "page" : undefined} className={`rounded-t border-b-2 px-3 py-1.5 text-sm ${current === key ? "border-brand-600 font-semibold text-slate-900" : "border-transparent text-slate-600 hover:text-slate-900"}`} data-testid={`dashboard-tab-${key}`}>
      {label}
    </Link>
  );
  return (
    <nav aria-label={t("views")} className="mb-4 flex gap-2 border-b border-slate-200">
      {tab("claims", base, t("tabClaims"))}
      {tab("clusters", `${base}&view=clusters`, t("tabClusters"))}
    </nav>
  );
}
