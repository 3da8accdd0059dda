import { getTranslations } from "next-intl/server";
import type { TSchemaView, TTagView } from "@/lib/api/describe-document";
import { ApiContents, tagAnchor } from "./api-contents";
import { FieldsTable, TypeLabel } from "./fields-table";
import { InlineCode } from "./inline-code";
import { OperationCard } from "./operation-card";

const code = (chunks: React.ReactNode) => <code className="rounded bg-slate-100 px-1 font-mono text-xs">{chunks}</code>;

/** The whole reference: how to call the API, contents by tag, every operation, then the shared schemas. */
export async function ApiReference({ view }: { view: { tags: TTagView[]; schemas: TSchemaView[] } }) {
  const t = await getTranslations("apidocs");
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-600">{t("intro")}</p>
        <p className="max-w-3xl text-sm text-slate-600">{t.rich("auth", { header: "Authorization: Bearer fdk_…", code })}</p>
        <p className="max-w-3xl text-sm text-slate-600">
          {t.rich("errorsNote", { errorShape: '{ "error": { "code", "message", "details"? } }', listShape: '{ "items", "nextCursor" }', code })}
        </p>
        <p className="text-sm">{t.rich("download", { link: (chunks) => <a href="/api/openapi.json" className="font-mono text-brand-700 hover:underline">{chunks}</a> })}</p>
      </header>
      <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
        <ApiContents tags={view.tags} />
        <div className="min-w-0 space-y-10">
          {view.tags.map((tag) => (
            <section key={tag.name} id={tagAnchor(tag.name)} aria-labelledby={`${tagAnchor(tag.name)}-heading`} className="scroll-mt-4 space-y-4" data-testid="api-tag">
              <div>
                <h2 id={`${tagAnchor(tag.name)}-heading`} className="text-xl font-semibold">{tag.name}</h2>
                <p className="text-sm text-slate-600">{tag.description}</p>
              </div>
              {tag.operations.map((op) => <OperationCard key={op.anchor} operation={op} />)}
            </section>
          ))}
          <section id="schemas" aria-labelledby="schemas-heading" className="scroll-mt-4 space-y-4">
            <div>
              <h2 id="schemas-heading" className="text-xl font-semibold">{t("schemasHeading")}</h2>
              <p className="text-sm text-slate-600">{t("schemasIntro")}</p>
            </div>
            {view.schemas.map((schema) => (
              <article key={schema.name} id={`schema-${schema.name}`} aria-labelledby={`schema-${schema.name}-heading`} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white px-4 py-3">
                <h3 id={`schema-${schema.name}-heading`} className="font-mono text-sm font-semibold">{schema.name}</h3>
                {schema.description && <p className="text-sm text-slate-600"><InlineCode text={schema.description} /></p>}
                {schema.fields.length > 0 ? <FieldsTable fields={schema.fields} caption={t("caption", { part: t("fields"), name: schema.name })} /> : <TypeLabel type={schema.type} refName={null} />}
              </article>
            ))}
          </section>
        </div>
      </div>
    </div>
  );
}
