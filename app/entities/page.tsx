import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EntityManager } from "@/components/entities/entity-manager";
import { PageShell } from "@/components/layout/page-shell";
import { listEntities } from "@/lib/entities/list-entities";
import { canEditEntities } from "@/lib/entities/permissions";
import { requireActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("entities"))("title") };
}

/** Every member reads the alias table; editors and admins change it. */
export default async function EntitiesPage() {
  const actor = await requireActor();
  const [t, entities] = await Promise.all([getTranslations("entities"), listEntities({ db, actor })]);
  const canEdit = canEditEntities(actor);
  return (
    <PageShell actor={actor} wide>
      <div className="mb-6 max-w-3xl">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
        {!canEdit && <p className="mt-2 text-sm text-slate-600" data-testid="entities-read-only">{t("readOnly")}</p>}
      </div>
      <EntityManager entities={entities} canEdit={canEdit} />
    </PageShell>
  );
}
