import { getTranslations } from "next-intl/server";
import type { TField } from "@/lib/api/describe-schema";
import { InlineCode } from "./inline-code";

/** A field's type, linking to the schema it names. */
export function TypeLabel({ type, refName }: { type: string; refName: string | null }) {
  const code = <code className="font-mono text-xs text-violet-800">{type}</code>;
  return refName ? <a href={`#schema-${refName}`} className="hover:underline">{code}</a> : code;
}

/** Parameters (with their location) or an object's fields, one row each. */
export async function FieldsTable({ fields, caption, showIn = false }: { fields: (TField & { in?: string })[]; caption: string; showIn?: boolean }) {
  const t = await getTranslations("apidocs");
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-xs text-slate-500">
        <tr>
          <th scope="col" className="py-1 pr-3 font-medium">{t("columns.name")}</th>
          {showIn && <th scope="col" className="py-1 pr-3 font-medium">{t("columns.in")}</th>}
          <th scope="col" className="py-1 pr-3 font-medium">{t("columns.type")}</th>
          <th scope="col" className="py-1 font-medium">{t("columns.description")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 align-top">
        {fields.map((field) => (
          <tr key={`${field.in ?? ""}${field.name}`}>
            <td className="py-1.5 pr-3 whitespace-nowrap">
              <code className="font-mono text-xs font-semibold text-slate-900">{field.name}</code>
              <div className={`text-[11px] ${field.required ? "text-red-700" : "text-slate-400"}`}>{field.required ? t("required") : t("optional")}</div>
            </td>
            {showIn && <td className="py-1.5 pr-3 text-xs text-slate-600">{field.in}</td>}
            <td className="max-w-xs py-1.5 pr-3 break-words"><TypeLabel type={field.type} refName={field.ref} /></td>
            <td className="py-1.5 text-slate-700">
              {field.description && <InlineCode text={field.description} />}
              {field.constraints && <div className="text-xs text-slate-500">{field.constraints}</div>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
