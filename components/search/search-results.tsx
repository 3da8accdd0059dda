import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TSearchHit } from "@/lib/search/dto";
import { SEARCH_KINDS, type TSearchKind } from "@/lib/search/schemas";
import { IsolatedText } from "@/components/ui/isolated-text";
import { HighlightedSnippet } from "./highlighted-snippet";

/** Hits grouped by kind (passages further by source), best first within each group. */
export async function SearchResults({ hits }: { hits: TSearchHit[] }) {
  const t = await getTranslations("search");
  const groups = SEARCH_KINDS.map((kind) => ({ kind, hits: hits.filter((h) => h.kind === kind) })).filter((g) => g.hits.length > 0);
  return (
    <div className="space-y-8" data-testid="search-results">
      {groups.map(({ kind, hits: group }) => (
        <section key={kind} aria-labelledby={`search-${kind}`} data-testid={`search-group-${kind}`}>
          <h2 id={`search-${kind}`} className="mb-3 flex items-baseline gap-2 text-lg font-semibold">
            {t(`kinds.${kind}`)} <span className="text-sm font-normal text-slate-500">{t("count", { count: group.length })}</span>
          </h2>
          {kind === "passage" ? <PassageGroups hits={group} /> : <ClaimHits kind={kind} hits={group} />}
        </section>
      ))}
    </div>
  );
}

async function PassageGroups({ hits }: { hits: TSearchHit[] }) {
  const t = await getTranslations("search");
  const bySource = new Map<string, TSearchHit[]>();
  for (const hit of hits) bySource.set(hit.sourceId, [...(bySource.get(hit.sourceId) ?? []), hit]);
  return (
    <ul className="space-y-4">
      {[...bySource.values()].map((passages) => (
        <li key={passages[0]!.sourceId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="search-source">
          <Link href={`/sources/${passages[0]!.sourceId}`} className="font-medium text-brand-700 hover:underline"><bdi>{passages[0]!.title}</bdi></Link>
          <ul className="mt-2 space-y-2">
            {passages.map((hit) => (
              <li key={hit.id} className="border-l-2 border-amber-300 pl-3 text-[0.95rem] leading-relaxed text-slate-800" data-testid="search-hit">
                <HighlightedSnippet snippet={hit.snippet} highlights={hit.highlights} />{" "}
                {hit.position && (
                  <Link href={`/sources/${hit.sourceId}?at=${hit.position.start}-${hit.position.end}`} className="text-xs whitespace-nowrap text-brand-700 hover:underline" data-testid="open-passage">
                    {t("openPassage")}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

// Where on the claim page each kind of hit is: the claim itself, the verdict history, the comments.
const ANCHOR: Record<Exclude<TSearchKind, "passage">, string> = { claim: "", rationale: "#history-heading", comment: "#comments-heading" };

async function ClaimHits({ kind, hits }: { kind: Exclude<TSearchKind, "passage">; hits: TSearchHit[] }) {
  const t = await getTranslations("search");
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
      {hits.map((hit) => (
        <li key={hit.id} className="px-4 py-3 text-[0.95rem] leading-relaxed" data-testid="search-hit">
          {kind === "claim" ? (
            <Link href={`/claims/${hit.claimId}`} className="text-slate-900 hover:text-brand-700 hover:underline">
              <HighlightedSnippet snippet={hit.snippet} highlights={hit.highlights} />
            </Link>
          ) : (
            <>
              <p className="text-slate-800"><HighlightedSnippet snippet={hit.snippet} highlights={hit.highlights} /></p>
              <Link href={`/claims/${hit.claimId}${ANCHOR[kind]}`} className="mt-1 block text-sm text-brand-700 hover:underline">
                <IsolatedText values={[hit.title]} render={([claim]) => t("onClaim", { claim: claim! })} />
              </Link>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
