// npm run bench [-- --reuse] [-- --seconds 60 --clients 64 --listeners 200 --port 3300]
// The performance budget in one run: (re)creates the synthetic investigation (200k claims, 2M
// verdicts, 500 reviewers), builds the app if its sources changed, starts `next start` and measures
// verdict saves through the HTTP API against the same upsert issued directly by pg, the dashboard's
// first page and live-update delivery under that load, and the review page's first-load JavaScript.
// A report, not a test: it prints PASS/FAIL per target and exits 0. See bench/README.md.
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { generateSyntheticInvestigation } from "./generate";
import { buildIfStale, startApp, type TAppServer } from "./lib/app-server";
import { parentPid, treeCpuSeconds } from "./lib/cpu";
import { benchUrl, databaseExists, provideServer, recreateDatabase, serverVersion, stopOnSignal } from "./lib/database";
import { runDashboardProbe, type TDashboardScenario } from "./lib/dashboard-probe";
import { OUT_DIR } from "./lib/explain";
import { firstLoadJs } from "./lib/first-load-js";
import { startLiveProbe } from "./lib/live-probe";
import type { TLoadInput, TLoadResult } from "./lib/save-load";
import { prepareScaleWork } from "./lib/scale-data";
import { scaleTable, type TScaleFigures } from "./lib/scale-report";

const { values: args } = parseArgs({
  options: {
    reuse: { type: "boolean", default: false },
    seconds: { type: "string", default: "60" },
    clients: { type: "string", default: "64" },
    listeners: { type: "string", default: "200" },
    port: { type: "string", default: "3300" },
  },
});

const ROOT = path.resolve(import.meta.dirname, "..");
const DATABASE = "factdesk_bench_scale";
const seconds = Number(args.seconds);
const clients = Number(args.clients);
const listeners = Number(args.listeners);
const log = (line: string) => console.log(line);

/** One load phase in a child process of its own; resolves with its result and the child's pid. */
function loadPhase(input: TLoadInput): { pid: number; done: Promise<TLoadResult> } {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "bench/lib/save-load.ts"), JSON.stringify(input)], {
    cwd: ROOT, env: { ...process.env, NODE_ENV: "production" }, stdio: ["ignore", "pipe", "inherit"],
  });
  process.once("exit", () => child.kill());
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  const done = new Promise<TLoadResult>((resolve, reject) => {
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`${input.mode} load exited with ${code}`));
      resolve(JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as TLoadResult);
    });
  });
  return { pid: child.pid ?? 0, done };
}

async function datasetInfo(url: string): Promise<{ investigationId: string; claims: number; verdicts: number } | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect().catch(() => null);
  try {
    const { rows } = await client.query<{ id: string; claims: number; verdicts: number; stats: number }>(
      `SELECT i."id", (SELECT count(*)::int FROM "Claim" c WHERE c."investigationId" = i."id") AS claims,
              (SELECT count(*)::int FROM "ClaimStats" s WHERE s."investigationId" = i."id") AS stats,
              (SELECT COALESCE(sum(s."reviewers"), 0)::int FROM "ClaimStats" s WHERE s."investigationId" = i."id") AS verdicts
         FROM "Investigation" i WHERE i."slug" LIKE 'bench-%' ORDER BY i."createdAt" DESC LIMIT 1`,
    );
    const found = rows[0];
    return found && found.claims > 0 && found.claims === found.stats ? { investigationId: found.id, claims: found.claims, verdicts: found.verdicts } : null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function postmasterPid(url: string): Promise<number> {
  const host = new URL(url).hostname;
  if (host !== "127.0.0.1" && host !== "localhost") return 0; // a remote server's processes are not ours to read
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`);
    return parentPid(rows[0]?.pid ?? 0);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const began = performance.now();
  const server = await provideServer();
  const apps: TAppServer[] = [];
  stopOnSignal(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await server.stop();
  });
  try {
    log(`Server: ${server.label}, PostgreSQL ${await serverVersion(server.serverUrl)}; database "${DATABASE}"`);
    let url = benchUrl(server.serverUrl, DATABASE);
    let data = args.reuse && (await databaseExists(server.serverUrl, DATABASE)) ? await datasetInfo(url) : null;
    let generation = "reused (--reuse)";
    if (!data) {
      url = await recreateDatabase(server.serverUrl, DATABASE);
      log("Generating the synthetic investigation:");
      const generated = await generateSyntheticInvestigation({ databaseUrl: url });
      data = { investigationId: generated.investigationId, claims: generated.counts.claims, verdicts: generated.counts.verdicts };
      generation = `${generated.totalSeconds.toFixed(0)} s`;
    }
    log(`Data: ${data.claims.toLocaleString("en")} claims, ${data.verdicts.toLocaleString("en")} verdicts (generation ${generation}).`);
    const work = await prepareScaleWork(url, { investigationId: data.investigationId, clients, perClient: 3_000, listeners });
    await mkdir(OUT_DIR, { recursive: true });
    const workFile = path.join(OUT_DIR, "scale-work.json");
    await writeFile(workFile, JSON.stringify(work));
    log(`Build: ${await buildIfStale(log)}.`);
    const js = firstLoadJs("/claims/[id]");
    const port = Number(args.port);
    apps.push(await startApp({ databaseUrl: url, port }), await startApp({ databaseUrl: url, port: port + 1 }));
    const [one, two] = apps as [TAppServer, TAppServer];
    const pgPid = await postmasterPid(url);
    log(`App: next start on ${one.baseUrl} (pid ${one.pid}) and ${two.baseUrl} (pid ${two.pid}); PostgreSQL postmaster pid ${pgPid || "not local"}.`);

    log("Warm-up: 10 s of saves through the API (16 clients over both processes)…");
    await loadPhase({ mode: "api", workFile, phase: "warmup", seconds: 10, baseUrls: [one.baseUrl, two.baseUrl] }).done;

    const probeClaim = await claimOf(url, work.probe.items[0]!.claimId);
    const scenarios: TDashboardScenario[] = [
      { name: "unfiltered", query: { investigationId: data.investigationId } },
      { name: "filtered (disputed)", query: { investigationId: data.investigationId, disputed: "true" } },
    ];
    // The SSE clients stay on the first process for the whole run.
    const live = startLiveProbe({ baseUrl: one.baseUrl, probe: work.probe, claim: probeClaim, mix: liveMix(listeners), listenerTokens: work.listenerTokens });
    const ready = await live.waitUntilReady();
    log(`Live: ${ready} of ${listeners} SSE clients connected to ${one.baseUrl}.`);

    log("Idle: dashboard and live updates without load (10 s)…");
    const idle = await during(10, (running) => Promise.all([
      runDashboardProbe({ baseUrl: one.baseUrl, token: work.editor.token, scenarios, editors: 1, pauseMs: 100, isRunning: running }),
      live.run(running),
    ]));

    log(`Direct: ${clients} pg connections, the upsert statement, ${seconds} s…`);
    const direct = await measured({ postgres: pgPid }, () => loadPhase({ mode: "direct", workFile, phase: "direct", seconds, databaseUrl: url }));

    /** One API phase: the load on `targets`, editors on `dashboardUrl`, the live probe saving through `saveUrl`. */
    const apiPhase = (phase: string, targets: TAppServer[], dashboardUrl: string, saveUrl: string) => {
      let running = true;
      const pids = Object.fromEntries([...targets.map((t, i) => [targets.length > 1 ? `app ${i + 1}` : "app", t.pid]), ["postgres", pgPid]]);
      return measured(pids, () => {
        const load = loadPhase({ mode: "api", workFile, phase, seconds, baseUrls: targets.map((t) => t.baseUrl) });
        const probes = Promise.all([
          runDashboardProbe({ baseUrl: dashboardUrl, token: work.editor.token, scenarios, editors: 2, pauseMs: 500, isRunning: () => running }),
          live.run(() => running, saveUrl),
        ]);
        // Awaited once the load is over; a probe that fails meanwhile must not end the process first.
        probes.catch(() => undefined);
        return {
          pid: load.pid,
          done: load.done.then(async (result) => {
            running = false;
            const [dashboard, liveResult] = await probes;
            return { load: result, dashboard, live: liveResult };
          }),
        };
      });
    };
    log(`API, one app process: ${clients} autocannon connections, PUT …/verdicts/me, ${seconds} s, 2 editors on the dashboard, ${listeners} SSE clients…`);
    const single = await apiPhase("api", [one], one.baseUrl, one.baseUrl);
    log(`API, two app processes: the ${clients} connections split between them; dashboard on the second, the live probe saving through the second…`);
    const pair = await apiPhase("api2", [one, two], two.baseUrl, two.baseUrl);
    live.close();

    const figures: TScaleFigures = {
      direct: direct.result, directCpu: direct.cpu, dashboardIdle: idle[0], liveIdle: idle[1], js, clients, seconds,
      phases: [
        { name: "1 app process", ...single.result, cpu: single.cpu },
        { name: "2 app processes", ...pair.result, cpu: pair.cpu },
      ],
    };
    log(`\nFactdesk scale benchmark — ${new Date().toISOString()}, ${server.label}, 2 cores shared by the app, PostgreSQL and the load generators.\n`);
    log(scaleTable(figures));
    log(`\nWhole run: ${((performance.now() - began) / 60_000).toFixed(1)} min.`);
    await writeFile(path.join(OUT_DIR, "scale-latest.json"), JSON.stringify({ at: new Date().toISOString(), server: server.label, figures }, null, 2));
  } finally {
    await Promise.all(apps.map((a) => a.stop()));
    await server.stop();
  }
}

function liveMix(total: number) {
  const investigation = Math.round(total * 0.05);
  const source = Math.round(total * 0.2);
  return { claim: total - investigation - source, source, investigation };
}

async function claimOf(url: string, id: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; sourceId: string; investigationId: string }>(`SELECT "id", "sourceId", "investigationId" FROM "Claim" WHERE "id" = $1`, [id]);
    if (!rows[0]) throw new Error(`claim ${id} is missing`);
    return rows[0];
  } finally {
    await client.end();
  }
}

/** Runs `work` with a running flag that turns false after `secondsLong`. */
async function during<T>(secondsLong: number, work: (running: () => boolean) => Promise<T>): Promise<T> {
  const until = performance.now() + secondsLong * 1000;
  return work(() => performance.now() < until);
}

export type TCpu = { wallSeconds: number; trees: Record<string, number> };

/** Runs a load phase and records the CPU seconds each process tree spent meanwhile. */
async function measured<T>(pids: Record<string, number>, start: () => { pid: number; done: Promise<T> }): Promise<{ result: T; cpu: TCpu }> {
  const watched = Object.entries(pids).filter(([, pid]) => pid > 0);
  const before = watched.map(([, pid]) => treeCpuSeconds(pid));
  const benchBefore = process.cpuUsage();
  const t0 = performance.now();
  const phase = start();
  // The generator's tree is gone once it exits: keep its last reading.
  let generator = 0;
  const sample = () => {
    const cpu = treeCpuSeconds(phase.pid);
    if (Number.isFinite(cpu)) generator = cpu;
  };
  const sampler = setInterval(sample, 250);
  const result = await phase.done;
  clearInterval(sampler);
  const trees: Record<string, number> = Object.fromEntries(watched.map(([name, pid], i) => [name, treeCpuSeconds(pid) - before[i]!]));
  trees["load generator"] = generator;
  const usage = process.cpuUsage(benchBefore);
  trees["bench probes"] = (usage.user + usage.system) / 1e6;
  return { result, cpu: { wallSeconds: (performance.now() - t0) / 1000, trees } };
}

await main();
process.exit(0);
