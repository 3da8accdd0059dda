import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TDashboardRow } from "@/lib/dashboard/get-dashboard";
import type { TStanceMatrix } from "@/lib/dashboard/stance-matrix";

const TONE = { SUPPORTS: "bg-emerald-100 text-emerald-800", REFUTES: "bg-red-100 text-red-800", MIXED: "bg-amber-100 text-amber-900" } as const;
const SYMBOL = { SUPPORTS: "✓", REFUTES: "✗", MIXED: "±" } as const;

/** Claims × sources: which outlets back or contradict which claim, per the evidence reviewers cited. */
export async function StanceMatrix({ rows, matrix }: { rows: TDashboardRow[]; matrix: TStanceMatrix }) {
  const t = await getTranslations("dashboard.summary");
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="matrix-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="matrix-heading" className="text-sm font-semibold">{t("matrix")}</h2>
      <p className="mb-3 text-xs text-slate-500">{t("matrixHint")}</p>
      <div className="overflow-x-auto">
        <table className="text-xs" data-testid="stance-matrix">
          <thead>
            <tr>
              <th scope="col" className="sr-only">{t("matrix")}</th>
              {matrix.sources.map((s) => (
                <th key={s.id} scope="col" className="max-w-28 px-1 pb-2 text-left align-bottom font-medium text-slate-600" title={s.title}>
                  <span className="line-clamp-3">{s.title}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.claimId} className="border-t border-slate-100">
                <th scope="row" className="max-w-xs py-1 pr-3 text-left font-normal">
                  <Link href={`/claims/${row.claimId}`} className="line-clamp-2 hover:text-brand-700">{row.text}</Link>
                </th>
                {matrix.sources.map((s) => {
                  const cell = matrix.cells[row.claimId]?.[s.id];
                  const own = s.id === row.sourceId;
                  return (
                    <td key={s.id} className="px-1 py-1 text-center">
                      {cell ? (
                        <span className={`inline-block min-w-8 rounded px-1 py-0.5 font-semibold ${TONE[cell.stance]}`} title={t("stanceCounts", { stance: t(`stance.${cell.stance}`), supports: cell.supports, refutes: cell.refutes })} data-stance={cell.stance}>
                          {SYMBOL[cell.stance]} <span className="sr-only">{t(`stance.${cell.stance}`)}</span>
                        </span>
                      ) : own ? <span className="text-slate-400">●</span> : ""}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
