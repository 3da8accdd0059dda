import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LiveRefresh } from "@/components/live/live-refresh";
import type { TDashboard } from "@/lib/dashboard/get-dashboard";
import type { TStanceMatrix } from "@/lib/dashboard/stance-matrix";
import { DashboardFilters } from "./dashboard-filters";
import { DashboardTable } from "./dashboard-table";
import { ExportMenu } from "./export-menu";
import { dashboardHref } from "./dashboard-url";
import { StanceMatrix } from "./stance-matrix";
import { SummaryPanel } from "./summary-panel";

type Option = { id: string; name: string };
type Props = { dashboard: TDashboard; matrix: TStanceMatrix; investigations: Option[]; sources: Option[]; assignees: Option[] };

export async function DashboardView({ dashboard, matrix, investigations, sources, assignees }: Props) {
  const t = await getTranslations();
  const { query, rows, nextCursor, summary, readOnly } = dashboard;
  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t("dashboard.title")}</h1>
        {!readOnly && <ExportMenu query={query} />}
        {/* Every save in the investigation is an event here: with hundreds of reviewers at work, a
            refresh per 200 ms per open dashboard would re-aggregate the whole investigation 5×/s.
            A summary served stale (changes since, new figures being computed) asks for one more. */}
        <LiveRefresh investigationId={query.investigationId} connectedLabel={t("live.connected")} reconnectingLabel={t("live.reconnecting")} delayMs={1_000} catchUpKey={summary.stale ? summary.asOf : undefined} />
      </div>
      {readOnly && <p className="rounded border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">{t("dashboard.readOnly")}</p>}
      <DashboardFilters query={query} investigations={investigations} sources={sources} assignees={assignees} />
      <SummaryPanel summary={summary} sourceTitles={new Map(matrix.sources.map((s) => [s.id, s.title]))} />
      <DashboardTable rows={rows} query={query} />
      <nav className="flex justify-between text-sm" aria-label={t("dashboard.pagination")}>
        {query.cursor ? <Link href={dashboardHref(query)} className="text-brand-700 hover:underline">{t("dashboard.first")}</Link> : <span />}
        {nextCursor && <Link href={dashboardHref(query, { cursor: nextCursor })} className="text-brand-700 hover:underline" data-testid="next-page">{t("dashboard.next")}</Link>}
      </nav>
      <StanceMatrix rows={rows} matrix={matrix} />
    </div>
  );
}
