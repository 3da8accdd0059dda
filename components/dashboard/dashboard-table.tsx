import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { LabelBadge } from "@/components/verdicts/label-badge";
import type { TDashboardRow } from "@/lib/dashboard/get-dashboard";
import type { TDashboardQuery, TDashboardSort } from "@/lib/dashboard/schemas";
import { dashboardHref } from "./dashboard-url";
import { VerdictBar } from "./verdict-bar";

type Props = { rows: TDashboardRow[]; query: TDashboardQuery };

export async function DashboardTable({ rows, query }: Props) {
  const [t, tl, format] = await Promise.all([getTranslations("dashboard"), getTranslations("claim.labels"), getFormatter()]);
  const now = new Date();
  const labels = { CORROBORATED: tl("CORROBORATED"), CONTESTED: tl("CONTESTED"), CONTRADICTED: tl("CONTRADICTED") };
  const header = (column: string, sort?: TDashboardSort) => {
    if (!sort) return <th scope="col" className="px-3 py-2 font-medium">{column}</th>;
    const active = query.sort === sort;
    const dir = active && query.dir === "desc" ? "asc" : "desc";
    return (
      <th scope="col" className="px-3 py-2 font-medium" aria-sort={active ? (query.dir === "desc" ? "descending" : "ascending") : "none"}>
        <Link href={dashboardHref(query, { sort, dir })} className="inline-flex items-center gap-1 hover:text-brand-700" aria-label={t("sortBy", { column })}>
          {column}
          <span aria-hidden="true">{active ? (query.dir === "desc" ? "▼" : "▲") : "↕"}</span>
        </Link>
      </th>
    );
  };
  if (rows.length === 0) return <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-500">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="dashboard-table">
        <thead className="bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
          <tr>
            {header(t("columns.claim"), "created")}
            {header(t("columns.verdicts"))}
            {header(t("columns.reviewers"), "reviewers")}
            {header(t("columns.consensus"), "consensus")}
            {header(t("columns.agreement"), "agreement")}
            {header(t("columns.final"), "final")}
            {header(t("columns.evidence"), "evidence")}
            {header(t("columns.activity"), "activity")}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.claimId} data-testid="dashboard-row" className="align-top hover:bg-slate-50">
              <td className="max-w-md px-3 py-2">
                <Link href={`/claims/${row.claimId}`} className="font-medium text-slate-900 hover:text-brand-700" lang={row.languages[0]}>
                  {row.text}
                </Link>
                <div className="mt-0.5 text-xs text-slate-500" lang={row.languages[0]}>{row.sourceTitle}</div>
                <div className="mt-1 flex gap-1">
                  {row.disputed && <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-800">{t("disputed")}</span>}
                </div>
              </td>
              <td className="px-3 py-2"><VerdictBar counts={row.counts} labels={labels} /></td>
              <td className="px-3 py-2 tabular-nums">{row.reviewers}</td>
              <td className="px-3 py-2">{row.consensus === "SPLIT" ? <span className="text-xs font-semibold text-slate-700">{t("filters.split")}</span> : row.consensus ? <LabelBadge label={row.consensus} /> : "—"}</td>
              <td className="px-3 py-2 tabular-nums">{row.agreement === null ? t("noAgreement") : format.number(row.agreement, { style: "percent" })}</td>
              <td className="px-3 py-2">{row.finalVerdict ? <LabelBadge label={row.finalVerdict} /> : "—"}</td>
              <td className="px-3 py-2 text-xs whitespace-nowrap text-slate-600">{t("evidenceCounts", row.evidence)}</td>
              <td className="px-3 py-2 text-xs whitespace-nowrap text-slate-600">
                <time dateTime={row.lastActivityAt}>{format.relativeTime(new Date(row.lastActivityAt), now)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
