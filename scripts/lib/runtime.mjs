// Shared plumbing for the start/with-db/test scripts: database choice, secrets, child processes.
import { randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-db.mjs";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const DATA_DIR = path.join(ROOT, ".data");
const BIN = path.join(ROOT, "node_modules", ".bin");

/**
 * Uses DATABASE_URL when set; otherwise starts the embedded server. `embedded` tells callers
 * whether demo data may be loaded (never into a server someone else configured).
 */
export async function provideDatabase({ port = Number(process.env.EMBEDDED_PG_PORT ?? 54329), database = "factdesk" } = {}) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const started = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "pg"), port, database });
  return { url: started.url, embedded: true, stop: started.stop };
}

/** A stable secret for JWT sessions when none is configured, so restarts keep people signed in. */
export function ensureAuthSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(DATA_DIR, "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/** Runs a project binary (from node_modules/.bin) and resolves with its exit code. */
export function run(command, args, { env = process.env, stdio = "inherit" } = {}) {
  const executable = existsSync(path.join(BIN, command)) ? path.join(BIN, command) : command;
  const child = spawn(executable, args, { cwd: ROOT, env, stdio });
  const done = new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 + 15 : 1)));
  });
  return { child, done };
}

export async function runOrThrow(command, args, options) {
  const code = await run(command, args, options).done;
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with code ${code}`);
}

/** Migrations take session-level advisory locks: through DATABASE_DIRECT_URL when a pooler fronts DATABASE_URL. */
export function migrate(databaseUrl) {
  return runOrThrow("prisma", ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: process.env.DATABASE_DIRECT_URL ?? databaseUrl } });
}

/** Stops `cleanup` once on Ctrl-C / SIGTERM, after forwarding the signal to the child. */
export function onShutdown(cleanup, getChild = () => undefined) {
  let shuttingDown = false;
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, async () => {
      if (shuttingDown) return;
      shuttingDown = true;
      getChild()?.kill(signal);
      await cleanup();
      process.exit(0);
    });
  }
}
