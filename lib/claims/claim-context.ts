import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export type TSourceRef = { id: string; title: string; lang: string };

export type TClaimContext = {
  investigation: { id: string; name: string; blindReview: boolean };
  /** The source the claim quotes. */
  source: TSourceRef;
  /** The investigation's other sources: where evidence for a verdict may come from. */
  evidenceSources: TSourceRef[];
  /** An editor has adjudicated the claim, so reviewers' verdicts are locked. */
  settled: boolean;
};

/** What surrounds a claim on its page: its investigation, its source, the sources evidence may cite. */
export async function getClaimContext({ db, actor, input }: { db: Db; actor: Actor; input: { claimId: string } }): Promise<TClaimContext> {
  void actor;
  const claim = await db.claim.findUnique({
    where: { id: input.claimId },
    select: {
      sourceId: true,
      _count: { select: { adjudications: true } },
      investigation: {
        select: {
          id: true,
          name: true,
          blindReview: true,
          sources: {
            orderBy: [{ publishedAt: { sort: "asc", nulls: "last" } }, { title: "asc" }],
            select: { id: true, title: true, primaryLanguage: true },
          },
        },
      },
    },
  });
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist.");
  const { sources, ...investigation } = claim.investigation;
  const refs = sources.map((s) => ({ id: s.id, title: s.title, lang: s.primaryLanguage }));
  const source = refs.find((s) => s.id === claim.sourceId);
  if (!source) throw new Error(`Claim ${input.claimId} quotes source ${claim.sourceId} outside its investigation.`);
  return { investigation, source, evidenceSources: refs.filter((s) => s.id !== claim.sourceId), settled: claim._count.adjudications > 0 };
}
