"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Fragment, useEffect, useState } from "react";
import { apiFetch } from "@/components/lib/api-client";
import { DataTable } from "@/components/ui/data-table";
import { StatusLine } from "@/components/ui/status-line";
import { useRowAction } from "@/components/ui/use-row-action";
import type { TEntityDto } from "@/lib/entities/dto";
import { EntityForm } from "./entity-form";
import { EntityNames } from "./entity-names";

const matches = (entity: TEntityDto, filter: string) => {
  const needle = filter.trim().toLowerCase();
  return !needle || entity.key.includes(needle) || entity.names.some((n) => n.text.toLowerCase().includes(needle));
};

/** The alias table: a filter, the entities with their spellings, and for editors add, edit and delete. */
export function EntityManager({ entities, canEdit }: { entities: TEntityDto[]; canEdit: boolean }) {
  const t = useTranslations("entities");
  const router = useRouter();
  const [filter, setFilter] = useState("");
  const [editing, setEditing] = useState<string | null>(null);
  const { pendingId, status, run } = useRowAction();
  const [saved, setSaved] = useState<string | null>(null);
  // The buttons act through React: until it has hydrated the page, a click would be lost.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const shown = entities.filter((e) => matches(e, filter));

  const done = (entity: TEntityDto) => {
    setEditing(null);
    setSaved(t("saved", { key: entity.key }));
    router.refresh();
  };
  async function remove(entity: TEntityDto) {
    if (!window.confirm(t("confirmDelete", { key: entity.key, count: entity.names.length }))) return;
    const request = () => apiFetch(`/api/v1/entities/${encodeURIComponent(entity.id)}`, { method: "DELETE" });
    await run(entity.id, request, t("deleted", { key: entity.key }), (message) => t("deleteFailed", { message }), () => router.refresh());
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="entity-filter" className="block text-sm font-medium text-slate-700">{t("filter")}</label>
          <input id="entity-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t("filterPlaceholder")} className="mt-1 w-72 rounded border border-slate-300 px-3 py-1.5 text-sm" data-testid="entity-filter" />
        </div>
        <p className="pb-2 text-sm text-slate-500">{t("shown", { shown: shown.length, total: entities.length })}</p>
        {canEdit && editing !== "new" && (
          <button type="button" onClick={() => setEditing("new")} disabled={!ready} data-testid="entity-add" className="ml-auto rounded bg-brand-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-700">{t("add")}</button>
        )}
      </div>
      <StatusLine status={status ?? (saved ? { ok: true, text: saved } : null)} testId="entity-status" />
      {editing === "new" && <EntityForm onSaved={done} onCancel={() => setEditing(null)} />}
      {shown.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <DataTable testId="entity-table" caption={t("title")} columns={[{ label: t("columns.key") }, { label: t("columns.kind") }, { label: t("columns.names") }, ...(canEdit ? [{ label: t("columns.actions"), actions: true }] : [])]}>
          {shown.map((entity) => (
            <Fragment key={entity.id}>
              <tr className="align-top" data-testid="entity-row">
                <th scope="row" className="px-4 py-3 font-mono text-xs font-medium text-slate-900">{entity.key}</th>
                <td className="px-3 py-3 whitespace-nowrap text-slate-600">{t(`kinds.${entity.kind}`)}</td>
                <td className="px-3 py-3"><EntityNames names={entity.names} /></td>
                {canEdit && (
                  <td className="px-4 py-3 text-right whitespace-nowrap">
                    <button type="button" onClick={() => setEditing(entity.id)} disabled={!ready} aria-label={t("editLabel", { key: entity.key })} data-testid="entity-edit" className="rounded border border-slate-300 px-3 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50">{t("edit")}</button>{" "}
                    <button type="button" onClick={() => void remove(entity)} disabled={!ready || pendingId === entity.id} aria-label={t("deleteLabel", { key: entity.key })} data-testid="entity-delete" className="rounded border border-red-300 px-3 py-1 text-xs font-medium text-red-700 hover:bg-red-50 disabled:opacity-60">
                      {pendingId === entity.id ? t("deleting") : t("delete")}
                    </button>
                  </td>
                )}
              </tr>
              {editing === entity.id && (
                <tr>
                  <td colSpan={4} className="bg-slate-50 px-4 py-4"><EntityForm entity={entity} onSaved={done} onCancel={() => setEditing(null)} /></td>
                </tr>
              )}
            </Fragment>
          ))}
        </DataTable>
      )}
    </div>
  );
}
