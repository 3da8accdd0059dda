import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";

export type TSourceSummary = {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: Date | null;
  publishedHasTime: boolean;
  languages: string[];
  claimCount: number;
};

export type TInvestigationSummary = {
  id: string;
  name: string;
  description: string;
  sources: TSourceSummary[];
};

/** Every signed-in member of the desk reads every investigation; there is no per-team scoping yet. */
export async function listInvestigations({ db, actor }: { db: Db; actor: Actor }): Promise<TInvestigationSummary[]> {
  void actor;
  const rows = await db.investigation.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      description: true,
      sources: {
        orderBy: [{ publishedAt: { sort: "asc", nulls: "last" } }, { importedAt: "asc" }],
        select: {
          id: true,
          title: true,
          publisher: true,
          url: true,
          publishedAt: true,
          publishedHasTime: true,
          languages: true,
          _count: { select: { claims: true } },
        },
      },
    },
  });
  return rows.map(({ sources, ...investigation }) => ({
    ...investigation,
    sources: sources.map(({ _count, ...source }) => ({ ...source, claimCount: _count.claims })),
  }));
}
