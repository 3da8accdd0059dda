"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import type { TDashboardQuery } from "@/lib/dashboard/schemas";

type Option = { id: string; name: string };
type Props = { query: TDashboardQuery; investigations: Option[]; sources: Option[]; assignees: Option[] };

/** A plain GET form: the URL holds the view, so it can be bookmarked and shared. Selects apply at once. */
export function DashboardFilters({ query, investigations, sources, assignees }: Props) {
  const t = useTranslations("dashboard");
  const tl = useTranslations("claim.labels");
  const form = useRef<HTMLFormElement>(null);
  const submit = () => form.current?.requestSubmit();
  const labels = ["CORROBORATED", "CONTESTED", "CONTRADICTED"] as const;
  const select = (name: keyof TDashboardQuery, label: string, options: { value: string; label: string }[]) => (
    <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
      {label}
      <select name={name} defaultValue={String(query[name] ?? "")} onChange={submit} className="rounded border border-slate-300 bg-white px-2 py-1.5 text-sm font-normal text-slate-900">
        {name !== "investigationId" && <option value="">{t("filters.any")}</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
  return (
    <form ref={form} method="get" action="/dashboard" aria-label={t("filters.heading")} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="dashboard-filters">
      {select("investigationId", t("investigation"), investigations.map((i) => ({ value: i.id, label: i.name })))}
      {select("sourceId", t("filters.source"), sources.map((s) => ({ value: s.id, label: s.name })))}
      {select("language", t("filters.language"), [{ value: "zh-Hant", label: "繁體中文" }, { value: "zh-Hans", label: "简体中文" }, { value: "en", label: "English" }])}
      {select("consensus", t("filters.consensus"), [...labels.map((l) => ({ value: l, label: tl(l) })), { value: "SPLIT", label: t("filters.split") }, { value: "NONE", label: t("filters.none") }])}
      {select("finalVerdict", t("filters.finalVerdict"), [...labels.map((l) => ({ value: l, label: tl(l) })), { value: "NONE", label: t("filters.none") }])}
      {select("assigneeId", t("filters.assignee"), assignees.map((a) => ({ value: a.id, label: a.name })))}
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        {t("filters.q")}
        <input type="search" name="q" defaultValue={query.q ?? ""} className="w-48 rounded border border-slate-300 px-2 py-1.5 text-sm font-normal text-slate-900" />
      </label>
      <label className="flex items-center gap-1.5 text-sm text-slate-700">
        <input type="checkbox" name="disputed" value="true" defaultChecked={query.disputed === true} onChange={submit} /> {t("filters.disputed")}
      </label>
      <label className="flex items-center gap-1.5 text-sm text-slate-700">
        <input type="checkbox" name="needsReview" value="true" defaultChecked={query.needsReview === true} onChange={submit} /> {t("filters.needsReview")}
      </label>
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <button type="submit" className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">{t("filters.apply")}</button>
      <a href={`/dashboard?investigationId=${query.investigationId}`} className="text-sm text-brand-700 hover:underline">{t("filters.reset")}</a>
    </form>
  );
}
