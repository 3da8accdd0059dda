import { execFile } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import pg from "pg";
import { withDatabase } from "@/lib/testing/test-database";

// Where a benchmark's database lives: BENCH_DATABASE_URL's server, else DATABASE_URL's, else an
// embedded PostgreSQL of its own (port 54500, data in .data/bench-pg) so it runs with zero set-up.
// The benchmark database itself is always a separate one, dropped and recreated unless reused.

const ROOT = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

export const BENCH_DATABASE = "factdesk_bench";
const EMBEDDED_PORT = 54500;

export type TBenchServer = { serverUrl: string; label: string; stop: () => Promise<void> };

type TEmbeddedModule = {
  startEmbeddedPostgres: (options: { dataDir: string; port: number; database: string; quiet?: boolean }) => Promise<{ url: string; adminUrl: string; stop: () => Promise<void> }>;
};

export async function provideServer(): Promise<TBenchServer> {
  const configured = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (configured) {
    const variable = process.env.BENCH_DATABASE_URL ? "BENCH_DATABASE_URL" : "DATABASE_URL";
    return { serverUrl: withDatabase(configured, "postgres"), label: `${variable} (${new URL(configured).host})`, stop: async () => {} };
  }
  // The project's own starter (plain JS, no type declarations): typed here by what we use of it.
  const specifier = pathToFileURL(path.join(ROOT, "scripts/lib/embedded-db.mjs")).href;
  const embedded: TEmbeddedModule = await import(specifier);
  const started = await embedded.startEmbeddedPostgres({ dataDir: path.join(ROOT, ".data/bench-pg"), port: EMBEDDED_PORT, database: "postgres" });
  return { serverUrl: started.adminUrl, label: `embedded PostgreSQL on port ${EMBEDDED_PORT}`, stop: started.stop };
}

async function adminQuery<T extends pg.QueryResultRow>(serverUrl: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Drops and recreates the benchmark database, then applies the committed migrations. */
export async function recreateDatabase(serverUrl: string, name = BENCH_DATABASE): Promise<string> {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = benchUrl(serverUrl, name);
  await run(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url } });
  return url;
}

export const benchUrl = (serverUrl: string, name = BENCH_DATABASE) => withDatabase(serverUrl, name);

export async function databaseExists(serverUrl: string, name = BENCH_DATABASE): Promise<boolean> {
  return (await adminQuery(serverUrl, `SELECT 1 FROM pg_database WHERE datname = $1`, [name])).length > 0;
}

export async function serverVersion(url: string): Promise<string> {
  const rows = await adminQuery<{ v: string }>(url, `SELECT current_setting('server_version') AS v`);
  return rows[0]?.v ?? "?";
}

/** Stops the embedded server on Ctrl-C as well as at the end. */
export function stopOnSignal(stop: () => Promise<void>): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void stop().finally(() => process.exit(130));
    });
  }
}
