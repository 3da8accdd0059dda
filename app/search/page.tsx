import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/layout/page-shell";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { SearchedTerms } from "@/components/search/searched-terms";
import { listInvestigations } from "@/lib/investigations/list-investigations";
import type { TSearchResult } from "@/lib/search/dto";
import { searchEverything } from "@/lib/search/search-everything";
import { requireActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const actor = await requireActor();
  const params = Object.fromEntries(Object.entries(await searchParams).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : Array.isArray(v) && v[0] ? [[k, v[0]]] : [])));
  const q = params.q ?? "";
  const [t, investigations] = await Promise.all([getTranslations("search"), listInvestigations({ db, actor })]);
  // A bad query (too long, only punctuation, unknown investigation) is said on the page, not a 500.
  const outcome: { result?: TSearchResult; error?: string } = q.trim()
    ? await searchEverything({ db, actor, input: params }).then(
        (result) => ({ result }),
        (error: unknown) => {
          if (error instanceof AppError && (error.code === "BAD_REQUEST" || error.code === "NOT_FOUND")) return { error: error.message };
          throw error;
        },
      )
    : {};
  const limit = Number(params.limit) || 20;
  return (
    <PageShell actor={actor}>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 mb-5 max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      <SearchForm q={q} investigationId={params.investigationId} investigations={investigations} />
      <div className="mt-6 space-y-6">
        {outcome.error && <p role="alert" className="text-sm text-red-700" data-testid="search-error">{outcome.error}</p>}
        {!q.trim() && <p className="text-slate-600">{t("prompt")}</p>}
        {outcome.result && (
          <>
            <SearchedTerms terms={outcome.result.terms} />
            {outcome.result.hits.length === 0 ? (
              <p className="text-slate-600" data-testid="search-empty">{t("noHits")}</p>
            ) : (
              <>
                <p className="text-sm text-slate-500">{t("count", { count: outcome.result.hits.length })} · {t("limitNote", { limit })}</p>
                <SearchResults hits={outcome.result.hits} />
              </>
            )}
          </>
        )}
      </div>
    </PageShell>
  );
}
