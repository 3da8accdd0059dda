import type { Db } from "@/lib/server/db";
import type { TAliasIndex } from "@/lib/text/aliases";
import { textFeatures } from "./features";

export type TTermStats = { passages: number; df: Map<string, number> };

const cache = new Map<string, { stamp: string; aliases: TAliasIndex; stats: TTermStats }>();

/**
 * Document frequencies of units and entities over all of an investigation's passages, so a term's
 * weight reflects the whole story rather than the candidates retrieved by that very term. Cached
 * per process until the passages or the alias table change.
 */
export async function loadTermStats(db: Db, investigationId: string, aliases: TAliasIndex): Promise<TTermStats> {
  const [row] = await db.$queryRaw<{ stamp: string }[]>`
    SELECT concat(count(*), '/', max(id), '/', min(id)) AS stamp FROM "Passage" WHERE "investigationId" = ${investigationId}`;
  const stamp = row?.stamp ?? "";
  const hit = cache.get(investigationId);
  if (hit && hit.stamp === stamp && hit.aliases === aliases) return hit.stats;
  const rows = await db.passage.findMany({ where: { investigationId }, select: { text: true, normalized: true } });
  const df = new Map<string, number>();
  for (const r of rows) {
    const f = textFeatures(r.normalized, aliases, r.text);
    for (const key of [...f.units.keys(), ...[...f.entities.keys()].map((k) => `@${k}`)]) df.set(key, (df.get(key) ?? 0) + 1);
  }
  const stats = { passages: rows.length, df };
  cache.set(investigationId, { stamp, aliases, stats });
  return stats;
}
