import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { Db } from "@/lib/server/db";
import { normalizeText } from "@/lib/text/normalize";
import { ZEntityBody } from "./schemas";

export const DEMO_ALIASES = path.resolve(import.meta.dirname, "../../prisma/demo/entity-aliases.json");

/**
 * Loads the seed alias table. Idempotent and additive: an entity an editor has changed keeps its
 * changes, and names already present anywhere are skipped, so a restart never undoes an edit.
 */
export async function seedEntities(db: Db, file = DEMO_ALIASES): Promise<{ entities: number; names: number }> {
  const seed = z.array(ZEntityBody).parse(JSON.parse(await readFile(file, "utf8")));
  let entities = 0;
  let names = 0;
  await db.$transaction(async (tx) => {
    const existing = new Set((await tx.$queryRaw<{ n: string }[]>`SELECT fd_normalize(text) AS n FROM "EntityAlias"`).map((r) => r.n));
    for (const entity of seed) {
      const row = await tx.entity.findUnique({ where: { key: entity.key }, select: { id: true } });
      if (row) continue;
      const fresh = entity.names.filter((name) => {
        const key = normalizeText(name.text);
        if (existing.has(key)) return false;
        existing.add(key);
        return true;
      });
      if (fresh.length === 0) continue;
      await tx.entity.create({ data: { key: entity.key, kind: entity.kind, aliases: { create: fresh } } });
      entities += 1;
      names += fresh.length;
    }
  });
  return { entities, names };
}
