import type { ReactNode } from "react";

/** A column heading; `actions` is the trailing buttons column, named for screen readers only. */
export type TColumn = { label: ReactNode; nowrap?: boolean; actions?: boolean };

/** The desk's bordered table: caption for screen readers, uppercase headings, rows as children. */
export function DataTable({ caption, columns, testId, children }: { caption: string; columns: TColumn[]; testId: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
          <tr>
            {columns.map((column, index) =>
              column.actions ? (
                <th key={index} scope="col" className="px-4 py-2"><span className="sr-only">{column.label}</span></th>
              ) : (
                <th key={index} scope="col" className={`${index === 0 ? "px-4" : "px-3"} py-2 font-medium${column.nowrap ? " whitespace-nowrap" : ""}`}>{column.label}</th>
              ),
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
