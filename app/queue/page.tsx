import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/layout/page-shell";
import { QueueTable } from "@/components/queue/queue-table";
import { listMyQueue } from "@/lib/assignments/assignments";
import { requireActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("queue"))("title") };
}

export default async function QueuePage() {
  const actor = await requireActor();
  const [t, items] = await Promise.all([getTranslations("queue"), listMyQueue({ db, actor, input: {} })]);
  return (
    <PageShell actor={actor}>
      <div className="mb-6">
        <h1 className="flex items-baseline gap-3 text-2xl font-semibold">
          {t("title")} <span className="text-base font-normal text-slate-500">{t("count", { count: items.length })}</span>
        </h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      {items.length === 0 ? <p className="text-slate-600">{t("empty")}</p> : <QueueTable items={items} />}
    </PageShell>
  );
}
