import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/layout/page-shell";
import { InvestigationCard } from "@/components/sources/investigation-card";
import { listInvestigations } from "@/lib/investigations/list-investigations";
import { requireActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { canImportSources } from "@/lib/sources/permissions";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const actor = await requireActor();
  const [t, investigations] = await Promise.all([getTranslations("home"), listInvestigations({ db, actor })]);
  return (
    <PageShell actor={actor}>
      <h1 className="mb-6 text-2xl font-semibold">{t("title")}</h1>
      {investigations.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <div className="space-y-8">
          {investigations.map((investigation) => (
            <InvestigationCard key={investigation.id} investigation={investigation} canImport={canImportSources(actor)} />
          ))}
        </div>
      )}
    </PageShell>
  );
}
