import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/server/db";
import { entitySelect, toEntityDto, type TEntityDto } from "./dto";

/** The whole alias table (hundreds of rows at most), by key; every member may read it. */
export async function listEntities({ db }: { db: Db; actor: Actor }): Promise<TEntityDto[]> {
  const rows = await db.entity.findMany({ select: entitySelect, orderBy: { key: "asc" } });
  return rows.map(toEntityDto);
}
