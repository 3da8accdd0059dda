import pg from "pg";
import QueryStream from "pg-query-stream";
import type { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/server/env";
import { pgTimestampToIso } from "./timestamps";

// Exports read through their own small pg pool, not Prisma's: Prisma has no cursor and would load a
// whole result into memory, and a long export must not hold one of the app's pooled connections.

/** Shown in pg_stat_activity, so operators can tell a running export from the app's queries. */
export const REPORTS_APPLICATION_NAME = "factdesk-reports";

// Per connection, for one long ordered read:
// - enable_sort=off: the planner otherwise prefers sorting all 2M rows before sending the first one
//   (bench/README.md); with it, it walks the (claimId, reviewerId) index and streams at once.
// - no parallel workers: on two cores they would take the CPU Node needs to write the file.
// - random_page_cost=1.1 as for the app pool; TimeZone=UTC so timestamps arrive as UTC text.
const SESSION = "-c enable_sort=off -c max_parallel_workers_per_gather=0 -c random_page_cost=1.1 -c TimeZone=UTC";

export function createReportPool(connectionString: string = env.DATABASE_URL, max = 4): pg.Pool {
  return new pg.Pool({ connectionString, max, application_name: REPORTS_APPLICATION_NAME, options: SESSION, idleTimeoutMillis: 10_000, connectionTimeoutMillis: 5_000 });
}

// One pool per process (Next dev's hot reload would otherwise open a new one per edit).
const globalForReports = globalThis as unknown as { reportPool?: pg.Pool };

export function reportPool(): pg.Pool {
  return (globalForReports.reportPool ??= createReportPool());
}

export async function closeReportPool(): Promise<void> {
  const pool = globalForReports.reportPool;
  globalForReports.reportPool = undefined;
  await pool?.end();
}

const TIMESTAMPTZ = 1184;
// Timestamps stay text (ISO 8601 after pgTimestampToIso): parsing millions of Dates only to print them again is wasted work.
const types = {
  getTypeParser: (oid: number, format?: string) => (oid === TIMESTAMPTZ ? pgTimestampToIso : pg.types.getTypeParser(oid, format as "text")),
};

/**
 * Rows of `statement` read through a server-side cursor, `batchSize` at a time: memory holds one
 * batch however large the result. Stopping early (the client went away) closes the cursor and
 * discards the connection, so a half-read portal never returns to the pool.
 */
export async function* streamRows<T>(pool: pg.Pool, statement: Prisma.Sql, batchSize = 1_000): AsyncGenerator<T> {
  const client = await pool.connect();
  let finished = false;
  try {
    const stream = client.query(new QueryStream(statement.text, statement.values, { batchSize, highWaterMark: batchSize, types }));
    for await (const row of stream) yield row as T;
    finished = true;
  } finally {
    client.release(finished ? undefined : true);
  }
}
