import type pg from "pg";

// Which pg pool sits under each Prisma client made by createPrismaClient (db.ts). A module of its
// own so that code using sqlPool can be imported without opening a database connection.
//
// The pool rides on the client under a registry symbol rather than in a module-level map: Next
// bundles this module into several server chunks (pages, route handlers, the i18n request config),
// each with its own copy of module state, while the one client is shared through globalThis.
const POOL = Symbol.for("factdesk.sqlPool");

type TWithPool = { [POOL]?: pg.Pool };

export function registerSqlPool(client: object, pool: pg.Pool): void {
  Object.defineProperty(client, POOL, { value: pool, enumerable: false });
}

/**
 * The pg pool under a client, for the few statements on the hot path that Prisma runs too slowly:
 * its interactive transactions serialise under concurrency (bench/README.md, "Scale"). Use it for
 * single statements that are atomic on their own; everything else goes through Prisma.
 */
export function sqlPool(client: object): pg.Pool {
  const pool = (client as TWithPool)[POOL];
  if (!pool) throw new Error("sqlPool: this Prisma client was not made by createPrismaClient");
  return pool;
}
