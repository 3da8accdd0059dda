import type { Readable } from "node:stream";
import pg from "pg";
import QueryStream from "pg-query-stream";
import type { Prisma } from "@/lib/generated/prisma/client";
import { directDatabaseUrl } from "@/lib/server/env";
import { pgTimestampToIso } from "./timestamps";

// Exports read through their own small pg pool, not Prisma's: Prisma has no cursor and would load a
// whole result into memory, and a long export must not hold one of the app's pooled connections.

/** Shown in pg_stat_activity, so operators can tell a running export from the app's queries. */
export const REPORTS_APPLICATION_NAME = "factdesk-reports";

// Per connection, for one long ordered read:
// - enable_sort=off: the planner otherwise prefers sorting all 2M rows before sending the first one
//   (README.md, Exports); with it, it walks the (claimId, reviewerId) index and streams at once.
// - no parallel workers: on two cores they would take the CPU Node needs to write the file.
// - random_page_cost=1.1 as for the app pool; TimeZone=UTC so timestamps arrive as UTC text.
export const REPORT_SESSION_OPTIONS = "-c enable_sort=off -c max_parallel_workers_per_gather=0 -c random_page_cost=1.1 -c TimeZone=UTC";

export function createReportPool(connectionString: string = directDatabaseUrl(), max = 4): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, application_name: REPORTS_APPLICATION_NAME, options: REPORT_SESSION_OPTIONS, idleTimeoutMillis: 10_000, connectionTimeoutMillis: 5_000 });
  // An idle connection the server ends (a restart, an outage, a dropped database) is an 'error'
  // event on the pool, which drops that client itself; unheard, the event would crash the process.
  pool.on("error", (error) => console.warn(`Reports pool: an idle connection was closed (${error.message}); the next export opens a new one.`));
  return pool;
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
const REPORT_TYPES = {
  getTypeParser: (oid: number, format?: string) => (oid === TIMESTAMPTZ ? pgTimestampToIso : pg.types.getTypeParser(oid, format as "text")),
};

/** A small query on the reports' pool (lookups before the cursor), timestamps as ISO text. */
export async function queryRows<T>(pool: pg.Pool, statement: Prisma.Sql): Promise<T[]> {
  const result = await pool.query({ text: statement.text, values: statement.values, types: REPORT_TYPES });
  return result.rows as T[];
}

/**
 * Rows of `statement` read through a server-side cursor, `batchSize` at a time, and handed on a
 * batch at a time (one await per batch, not per row): memory holds about two batches however large
 * the result, and PostgreSQL computes the next batch while this one is written. Batches of 500 keep
 * what survives a young-generation GC small, so the heap stays flat (1,000: RSS saw-toothed ~100 MB
 * higher, README.md, Exports). Stopping early (the
 * client went away) closes the cursor and discards the connection, so a half-read portal never
 * returns to the pool.
 */
export async function* streamRows<T>(pool: pg.Pool, statement: Prisma.Sql, batchSize = 500): AsyncGenerator<T[]> {
  const client = await pool.connect();
  const stream = client.query(new QueryStream(statement.text, statement.values, { batchSize, highWaterMark: batchSize, types: REPORT_TYPES }));
  let finished = false;
  try {
    for (;;) {
      const batch: T[] = [];
      for (let row = stream.read() as T | null; row !== null; row = stream.read() as T | null) batch.push(row);
      if (batch.length > 0) yield batch;
      else if (!(await readable(stream))) break;
    }
    finished = true;
  } finally {
    if (!finished) {
      // Abandoned or failed: a late error from the dropped connection must not go unhandled.
      stream.on("error", () => {});
      stream.destroy();
    }
    client.release(finished ? undefined : true);
  }
}

/** Waits until `stream` has rows to read (true) or has ended (false); rejects on its error. */
function readable(stream: Readable): Promise<boolean> {
  if (stream.errored) return Promise.reject(stream.errored);
  if (stream.readableEnded) return Promise.resolve(false);
  return new Promise((resolve, reject) => {
    const done = (value: boolean, error?: Error) => {
      stream.off("readable", onReadable).off("end", onEnd).off("error", onError);
      if (error) reject(error);
      else resolve(value);
    };
    const onReadable = () => done(true);
    const onEnd = () => done(false);
    const onError = (error: Error) => done(false, error);
    stream.on("readable", onReadable).on("end", onEnd).on("error", onError);
  });
}
