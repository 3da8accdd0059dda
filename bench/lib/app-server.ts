import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";

// The production build the scale benchmark measures: rebuilt only when the sources changed since
// the last build (as npm start does), then `next start` on a port of the bench's own.

const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT = path.join(ROOT, "node_modules/.bin/next");
const NEXT_CLI = path.join(ROOT, "node_modules/next/dist/bin/next");

export async function buildIfStale(log: (line: string) => void): Promise<string> {
  const { buildIsStale } = (await import(pathToFileURL(path.join(ROOT, "scripts/lib/build-state.mjs")).href)) as { buildIsStale: () => boolean };
  if (!buildIsStale()) return "up to date";
  log("  next build (the sources changed since the last build)…");
  const t0 = performance.now();
  const child = spawn(NEXT, ["build"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "postgresql://build-only@127.0.0.1:1/none" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`next build failed:\n${output.join("").slice(-4000)}`);
  return `built in ${((performance.now() - t0) / 1000).toFixed(0)} s`;
}

export type TAppServer = { baseUrl: string; pid: number; logs: string[]; stop: () => Promise<void> };

/** `next start` against `databaseUrl`; resolves once /api/health answers 200. */
/** `nodeArgs` go to the server's node (e.g. --cpu-prof, which NODE_OPTIONS does not accept). */
export async function startApp({ databaseUrl, port, env = {}, nodeArgs = [] }: { databaseUrl: string; port: number; env?: Record<string, string>; nodeArgs?: string[] }): Promise<TAppServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const logs: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, NEXT_CLI, "start", "--port", String(port)], {
    cwd: ROOT,
    env: {
      ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: `bench-${randomBytes(16).toString("hex")}`,
      NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout, child.stderr]) stream?.on("data", (chunk: Buffer) => logs.push(chunk.toString()));
  let exited = false;
  child.on("exit", () => (exited = true));
  // However the benchmark ends, the server it started goes with it.
  process.once("exit", () => exited || child.kill());
  const stop = () => new Promise<void>((resolve) => (exited ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGTERM"))));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`next start exited:\n${logs.join("")}`);
    if (await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer on ${baseUrl}:\n${logs.join("")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { baseUrl, pid: child.pid ?? 0, logs, stop };
}
