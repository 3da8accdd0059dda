import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { InvalidFilters } from "@/components/dashboard/invalid-filters";
import { PageShell } from "@/components/layout/page-shell";
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
  const params = Object.fromEntries(Object.entries(await searchParams).flatMap(([k, v]) => (typeof v === "string" && v !== "" ? [[k, v]] : [])));
  const investigations = await listInvestigations({ db, actor });
  const first = investigations[0];
  if (!params.investigationId && first) redirect(`/dashboard?investigationId=${first.id}`);
  const dashboard = await getDashboard({ db, actor, input: params }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "BAD_REQUEST") return error;
    throw error;
  });
  if (dashboard instanceof AppError) {
    const reset = investigations.some((i) => i.id === params.investigationId) ? `/dashboard?investigationId=${encodeURIComponent(params.investigationId!)}` : "/dashboard";
    return <PageShell actor={actor}><InvalidFilters message={dashboard.message} resetHref={reset} /></PageShell>;
  }
  const investigation = investigations.find((i) => i.id === dashboard.query.investigationId);
  const [matrix, users] = await Promise.all([
    getStanceMatrix({ db, actor, input: { investigationId: dashboard.query.investigationId, claimIds: dashboard.rows.map((r) => r.claimId) } }),
    actor.role === "REVIEWER" ? [] : listAssignableUsers({ db, actor }),
  ]);
  return (
    <PageShell actor={actor} wide>
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
