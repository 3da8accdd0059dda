import type { Db } from "@/lib/server/db";
import { buildAliasIndex, type TAliasIndex, type TAliasLang, type TEntityKind } from "@/lib/text/aliases";

let cached: { stamp: string; index: TAliasIndex } | undefined;

/**
 * The alias table as a matcher. Rebuilt only when the table changed (any edit bumps an entity's
 * updatedAt or the alias count), checked with one small query, so every app process sees another
 * process's edits on its next request.
 */
export async function loadAliasIndex(db: Db): Promise<TAliasIndex> {
  const [row] = await db.$queryRaw<{ stamp: string }[]>`
    SELECT concat((SELECT count(*) FROM "EntityAlias"), '/', (SELECT count(*) FROM "Entity"), '/', (SELECT max("updatedAt") FROM "Entity")) AS stamp`;
  const stamp = row?.stamp ?? "";
  if (cached && cached.stamp === stamp) return cached.index;
  const rows = await db.entity.findMany({ select: { key: true, kind: true, aliases: { select: { text: true, lang: true } } } });
  const index = buildAliasIndex(rows.map((r) => ({ key: r.key, kind: r.kind as TEntityKind, names: r.aliases.map((a) => ({ text: a.text, lang: a.lang as TAliasLang })) })));
  cached = { stamp, index };
  return index;
}
