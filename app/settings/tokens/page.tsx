import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/layout/page-shell";
import { TokenManager } from "@/components/tokens/token-manager";
import { requireActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { listTokens } from "@/lib/tokens/list-tokens";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tokens"))("title") };
}

export default async function TokensPage() {
  const actor = await requireActor();
  const [t, tc, tokens] = await Promise.all([getTranslations("tokens"), getTranslations("roles"), listTokens({ db, actor })]);
  return (
    <PageShell actor={actor}>
      <div className="mb-6 max-w-3xl">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {t.rich("intro", { role: tc(actor.role), code: (chunks) => <code className="rounded bg-slate-100 px-1 font-mono text-xs">{chunks}</code> })}
        </p>
      </div>
      <TokenManager tokens={tokens} />
    </PageShell>
  );
}
