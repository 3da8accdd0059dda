import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FileImports } from "@/components/imports/file-imports";
import { PasteTextForm } from "@/components/imports/paste-text-form";
import { PageShell } from "@/components/layout/page-shell";
import { listInvestigations } from "@/lib/investigations/list-investigations";
import { requireActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { canImportSources } from "@/lib/sources/permissions";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("imports"))("title") };
}

type Props = { params: Promise<{ id: string }> };

export default async function ImportPage({ params }: Props) {
  const actor = await requireActor();
  const [{ id }, t] = await Promise.all([params, getTranslations("imports")]);
  const investigation = (await listInvestigations({ db, actor })).find((i) => i.id === id);
  if (!investigation) notFound();
  if (!canImportSources(actor)) {
    return (
      <PageShell actor={actor}>
        <div className="max-w-2xl space-y-3" data-testid="import-not-allowed">
          <h1 className="text-2xl font-semibold">{t("notAllowedTitle")}</h1>
          <p className="text-slate-600">{t("notAllowed")}</p>
          <Link href="/" className="inline-block text-sm font-medium text-brand-700 hover:underline">{t("backHome")}</Link>
        </div>
      </PageShell>
    );
  }
  return (
    <PageShell actor={actor}>
      <Link href="/" className="text-sm text-brand-700 hover:underline">{t("backHome")}</Link>
      <h1 className="mt-2 text-2xl font-semibold">{t("heading", { name: investigation.name })}</h1>
      <p className="mt-2 mb-8 max-w-3xl text-slate-600">{t("intro")}</p>
      <div className="grid gap-8 lg:grid-cols-2">
        <FileImports investigationId={investigation.id} />
        <PasteTextForm investigationId={investigation.id} />
      </div>
    </PageShell>
  );
}
