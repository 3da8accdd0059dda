import { getTranslations } from "next-intl/server";
import type { TOperationView } from "@/lib/api/describe-document";
import { FieldsTable, TypeLabel } from "./fields-table";
import { InlineCode } from "./inline-code";

const METHOD_TONES: Record<string, string> = {
  GET: "bg-sky-100 text-sky-900",
  POST: "bg-green-100 text-green-900",
  PUT: "bg-amber-100 text-amber-900",
  PATCH: "bg-violet-100 text-violet-900",
  DELETE: "bg-red-100 text-red-900",
};

const statusTone = (status: string) => (status.startsWith("2") ? "text-green-800" : status.startsWith("4") ? "text-amber-800" : "text-red-800");

/** One operation: method and path, what it does, who may call it, its inputs and every status it answers with. */
export async function OperationCard({ operation }: { operation: TOperationView }) {
  const t = await getTranslations("apidocs");
  const title = `${operation.method} ${operation.path}`;
  return (
    <article id={operation.anchor} aria-label={title} data-testid="api-operation" className="scroll-mt-4 rounded-lg border border-slate-200 bg-white">
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-100 px-4 py-3">
        <span className={`rounded px-2 py-0.5 font-mono text-xs font-bold ${METHOD_TONES[operation.method] ?? ""}`}>{operation.method}</span>
        <code className="font-mono text-sm font-semibold break-all">{operation.path}</code>
        <span className="ml-auto rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-600">{t(`access.${operation.access}`)}</span>
        <h3 className="w-full text-sm text-slate-800"><InlineCode text={operation.summary} /></h3>
      </header>
      <div className="space-y-4 px-4 py-3">
        {operation.description && <p className="text-sm text-slate-600"><InlineCode text={operation.description} /></p>}
        {operation.params.length > 0 && (
          <section>
            <h4 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("parameters")}</h4>
            <FieldsTable fields={operation.params} caption={t("caption", { part: t("parameters"), name: title })} showIn />
          </section>
        )}
        {operation.body && (
          <section>
            <h4 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
              {t("requestBody")} <span className="font-mono normal-case">{operation.body.mediaType}</span>
            </h4>
            {operation.body.description && <p className="mb-1 text-sm text-slate-600"><InlineCode text={operation.body.description} /></p>}
            {operation.body.fields.length > 0 ? (
              <FieldsTable fields={operation.body.fields} caption={t("caption", { part: t("requestBody"), name: title })} />
            ) : (
              <TypeLabel type={operation.body.type} refName={operation.body.ref} />
            )}
          </section>
        )}
        <section>
          <h4 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("responses")}</h4>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("caption", { part: t("responses"), name: title })}</caption>
            <thead className="sr-only">
              <tr><th scope="col">{t("columns.status")}</th><th scope="col">{t("columns.description")}</th><th scope="col">{t("columns.type")}</th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {operation.responses.map((response) => (
                <tr key={response.status} data-testid="api-response">
                  <td className={`w-14 py-1.5 pr-3 font-mono text-xs font-bold ${statusTone(response.status)}`}>{response.status}</td>
                  <td className="py-1.5 pr-3 text-slate-700"><InlineCode text={response.description} /></td>
                  <td className="py-1.5 text-right break-words">
                    {response.type ? <TypeLabel type={response.type} refName={response.ref} /> : <span className="text-xs text-slate-400">{t("noBody")}</span>}
                    {response.mediaType && response.mediaType !== "application/json" && <div className="font-mono text-[11px] text-slate-500">{response.mediaType}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </article>
  );
}
