import type pg from "pg";

// Which pg pool sits under each Prisma client made by createPrismaClient (db.ts). A module of its
// own so that code using sqlPool can be imported without opening a database connection.

const pools = new WeakMap<object, pg.Pool>();

export function registerSqlPool(client: object, pool: pg.Pool): void {
  pools.set(client, pool);
}

/**
 * The pg pool under a client, for the few statements on the hot path that Prisma runs too slowly:
 * its interactive transactions serialise under concurrency (bench/README.md, "Scale"). Use it for
 * single statements that are atomic on their own; everything else goes through Prisma.
 */
export function sqlPool(client: object): pg.Pool {
  const pool = pools.get(client);
  if (!pool) throw new Error("sqlPool: this Prisma client was not made by createPrismaClient");
  return pool;
}
