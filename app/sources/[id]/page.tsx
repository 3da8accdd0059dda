import { notFound } from "next/navigation";
import { PageShell } from "@/components/layout/page-shell";
import { SourceView } from "@/components/sources/source-view";
import { listClaims } from "@/lib/claims/list-claims";
import { requireActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getSource } from "@/lib/sources/get-source";
import { suggestClaims } from "@/lib/suggestions/suggest-claims";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ view?: string; claim?: string; at?: string }> };

/** `?at=start-end`: a passage to show and scroll to (code points), as search links to it; ignored unless inside the text. */
function focusOf(at: string | undefined, text: string): { start: number; end: number } | null {
  const match = /^(\d{1,9})-(\d{1,9})$/.exec(at ?? "");
  const [start, end] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  return start < end && end <= Array.from(text).length ? { start, end } : null;
}

export default async function SourcePage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const [{ id }, { view, claim, at }] = await Promise.all([params, searchParams]);
  const source = await getSource({ db, actor, input: { sourceId: id } }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const clean = view !== "raw";
  const [claims, suggested] = await Promise.all([
    listClaims({ db, actor, input: { sourceId: id, limit: 200 } }),
    clean ? suggestClaims({ db, actor, input: { sourceId: id } }) : { suggestions: [] },
  ]);
  return (
    <PageShell actor={actor}>
      <SourceView source={source} claims={claims.items} suggestions={suggested.suggestions} view={view === "raw" ? "raw" : "clean"} activeClaimId={claim ?? null} focus={focusOf(at, source.cleanText)} />
    </PageShell>
  );
}
