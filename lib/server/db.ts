import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "./env";
import { registerSqlPool } from "./sql-pool";

const POOL_WAIT_MS = 10_000;

// One client per process; Next dev's hot reload would otherwise open a new pool per edit.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createPool(databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: env.DB_POOL_SIZE,
    // How long a query may wait for one of the pool's connections (pg bounds the queue and the
    // connect together). Saves on one claim take turns on its statistics row while holding their
    // connection, so a burst of concurrent saves legitimately queues here for a while.
    connectionTimeoutMillis: POOL_WAIT_MS,
    // The working set lives in memory/SSD: with the default 4.0 the planner scans whole tables
    // where index lookups are far cheaper (measured in bench/: dashboard search p95 124 → 84 ms).
    options: "-c random_page_cost=1.1",
  });
  // An idle connection the server ends (restart, outage) is an 'error' event on the pool, which then
  // drops that client; unheard, the event would crash the process (Prisma listens only once connected).
  pool.on("error", (error) => console.warn(`Database pool: an idle connection was closed (${error.message}); queries open new ones.`));
  return pool;
}

export function createPrismaClient(databaseUrl: string = env.DATABASE_URL): PrismaClient {
  // Prisma and the few hand-written hot statements (sqlPool) share one pool: one connection budget
  // per process, DB_POOL_SIZE.
  const pool = createPool(databaseUrl);
  const client: PrismaClient = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    // Prisma's own defaults (2 s to get a connection, 5 s per interactive transaction) turned a
    // queue of 64 concurrent saves into "Unable to start a transaction in the given time" errors:
    // waiting for the pool is bounded by the pool's timeout above instead.
    transactionOptions: { maxWait: POOL_WAIT_MS, timeout: 15_000 },
    // Password hashes never leave the data layer unless a query asks for them explicitly.
    omit: { user: { passwordHash: true } },
  });
  registerSqlPool(client, pool);
  return client;
}

export const db: PrismaClient = (globalForPrisma.prisma ??= createPrismaClient());

export type Db = PrismaClient;
