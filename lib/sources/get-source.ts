import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export type TSourceDetail = {
  id: string;
  investigation: { id: string; name: string };
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: Date | null;
  publishedHasTime: boolean;
  languages: string[];
  primaryLanguage: string;
  summary: string | null;
  format: string;
  fileName: string | null;
  rawText: string;
  cleanText: string;
  contentHash: string;
  importedAt: Date;
  importedBy: { name: string } | null;
};

/** Any signed-in member may read a source; the actor is taken so scoping can be added in one place. */
export async function getSource({ db, actor, input }: { db: Db; actor: Actor; input: { sourceId: string } }): Promise<TSourceDetail> {
  void actor;
  const { sourceId } = input;
  const source = await db.source.findUnique({
    where: { id: sourceId },
    select: {
      id: true,
      investigation: { select: { id: true, name: true } },
      title: true,
      publisher: true,
      url: true,
      publishedAt: true,
      publishedHasTime: true,
      languages: true,
      primaryLanguage: true,
      summary: true,
      format: true,
      fileName: true,
      rawText: true,
      cleanText: true,
      contentHash: true,
      importedAt: true,
      importedBy: { select: { name: true } },
    },
  });
  if (!source) throw new AppError("NOT_FOUND", "This source does not exist or was removed.");
  return source;
}
