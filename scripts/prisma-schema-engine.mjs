#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the CLI downloads on first use and which
// this offline machine cannot fetch (see ENGINEERING.md, "Prisma 7 offline"). prisma.config.ts points
// PRISMA_SCHEMA_ENGINE_BINARY here. We speak the binary's protocol to the CLI and do the work with
// Prisma's own wasm build of the same engine (@prisma/schema-engine-wasm, pinned) over @prisma/adapter-pg.
//
// The protocol, as node_modules/prisma/build/cli.js uses it:
//   schema-engine --version
//   schema-engine --datasource '{"url":…}' cli can-connect-to-database|create-database|drop-database
//     one-shot; on failure exit 1 with JSON log lines on stderr, the first of which the CLI skips.
//   schema-engine [--datamodels <file>]… --datasource '{"url":…,"shadowDatabaseUrl"?:…}'
//     JSON-RPC 2.0, one JSON object per line on stdin/stdout, until stdin closes.
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { adapterFactory, createDatabase, dropDatabase, pgConfig, runOnce } from "./prisma-schema-engine-pg.mjs";

// The wasm package's entry imports the .wasm file as an ES module, which Node 20 cannot do without a
// flag, so instantiate its wasm-bindgen glue by hand.
const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
const wasmFile = new URL("./schema_engine_bg.wasm", import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
const { instance } = await WebAssembly.instantiate(await readFile(wasmFile), { "./schema_engine_bg.js": bg });
bg.__wbg_set_wasm(instance.exports);
instance.exports.__wbindgen_start();

// The engine's Rust panic hook reports the panic message through this global before trapping.
let panicMessage;
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => (panicMessage = message) };

const { values: flags, positionals } = parseArgs({
  strict: false, // the CLI may also pass --enabled-preview-features / --extension-types; postgres needs neither
  allowPositionals: true,
  options: { datamodels: { type: "string", multiple: true }, datasource: { type: "string" }, version: { type: "boolean", short: "V" } },
});

if (flags.version) {
  console.log(`schema-engine-cli ${bg.version()}`); // `prisma version` shows this as the engine's version
  process.exit(0);
}

const datasource = JSON.parse(flags.datasource ?? "{}");

/** A log line in the native engine's format; the CLI collects these from stderr for its error messages. */
const log = (level, message, extra = {}) =>
  process.stderr.write(JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message, ...extra }, target: "schema_engine::logger" }) + "\n");

/** PostgreSQL / network failures as the native engine's user-facing error codes (only P1003 steers the CLI). */
function knownError(error, url) {
  const { host, port, database, user } = pgConfig(url);
  if (error.code === "3D000") return { error_code: "P1003", message: `Database \`${database}\` does not exist on the database server at \`${host}:${port}\`.` };
  if (error.code === "42P04") return { error_code: "P1009", message: `Database \`${database}\` already exists on the database server at \`${host}:${port}\`` };
  if (error.code === "28P01" || error.code === "28000") return { error_code: "P1000", message: `Authentication failed against database server at \`${host}\`, the provided database credentials for \`${user}\` are not valid.` };
  if (["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "EHOSTUNREACH"].includes(error.code)) return { error_code: "P1001", message: `Can't reach database server at \`${host}:${port}\`` };
  return { error_code: undefined, message: error.message };
}

if (positionals[0] === "cli") {
  const commands = {
    "can-connect-to-database": (url) => runOnce(pgConfig(url), "SELECT 1"),
    "create-database": createDatabase,
    "drop-database": dropDatabase,
  };
  const command = commands[positionals[1]];
  try {
    if (!command) throw new Error(`Unknown cli command: ${positionals[1]}`);
    if (!datasource.url) throw new Error("--datasource with a url is required");
    await command(datasource.url);
    process.exit(0);
  } catch (error) {
    log("INFO", `schema-engine (wasm) ${positionals[1]}`); // the CLI discards the first stderr line
    const { error_code, message } = knownError(error, datasource.url ?? "postgresql://localhost");
    log("ERROR", message, error_code ? { error_code } : {});
    process.exit(1);
  }
}

// ---- JSON-RPC mode ----
const datamodels = await Promise.all((flags.datamodels ?? []).map(async (path) => [path, await readFile(path, "utf8")]));
const enginePromise = bg.SchemaEngine.new(
  { datamodels: datamodels.length ? datamodels : undefined },
  (line) => process.stderr.write(String(line).endsWith("\n") ? String(line) : `${line}\n`), // its logs are already JSON lines
  adapterFactory(datasource),
);
enginePromise.catch(() => {}); // a failed start is reported to each request (in handle), not as a crash

const send = (message) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...message }) + "\n");

// Our own requests to the CLI (only `print`), awaiting its responses on stdin.
let nextId = 1;
const awaitingCli = new Map();
const requestCli = (method, params) =>
  new Promise((resolve) => {
    const id = `engine-${nextId++}`;
    awaitingCli.set(id, resolve);
    send({ id, method, params });
  });

// Wasm-build bug: evaluateDataLoss and createMigration get the migrations' schema from a cache and, on a
// miss, try to build it without the shadow-database factory ("PostgreSQL shadow DB must be provided
// through an external factory"). Only diagnoseMigrationHistory fills that cache with the factory, keyed by
// the migrations applied to the database, which `migrate dev` has just brought up to date. So on that
// error, fill the cache and retry once. (Seen when `migrate dev` runs against a database behind the
// migrations directory, e.g. a fresh one.)
const withShadowCache = (method) => async (engine, params) => {
  try {
    return await engine[method](params);
  } catch (error) {
    if (!/shadow DB must be provided through an external factory/.test(error?.message)) throw error;
    await engine.diagnoseMigrationHistory({ migrationsList: params.migrationsList, optInToShadowDatabase: true, filters: params.filters });
    return engine[method](params);
  }
};

const handlers = {
  getDatabaseVersion: (engine, params) => engine.version(params),
  evaluateDataLoss: withShadowCache("evaluateDataLoss"),
  createMigration: withShadowCache("createMigration"),
  // Not in the wasm engine: the CLI asks for it only from `prisma db push`/`migrate dev` on a missing database.
  createDatabase: async (_engine, params) => {
    const url = params?.datasource?.tag === "ConnectionString" ? params.datasource.url : datasource.url;
    return { databaseName: await createDatabase(url) };
  },
  // The native engine writes the diff to the CLI's stdout by asking it to print, so `--output` can capture it.
  diff: async (engine, params) => {
    const { exitCode, stdout } = await engine.diff(params);
    if (stdout) await requestCli("print", { content: stdout.replace(/\n$/, "") }); // the CLI adds a newline
    return { exitCode };
  },
};

async function handle({ id, method, params }) {
  try {
    const engine = await enginePromise;
    const handler = handlers[method] ?? (typeof engine[method] === "function" ? (e, p) => e[method](p) : undefined);
    if (!handler) return send({ id, error: { code: -32601, message: `Method not found: ${method}` } });
    const result = await handler(engine, params);
    send({ id, result: result ?? {} });
  } catch (error) {
    const is_panic = error instanceof WebAssembly.RuntimeError;
    // Drop the span trace the wasm build appends ("   0: sql_schema_connector::…"); users need the cause.
    const message = is_panic ? (panicMessage ?? error.message) : String(error?.message ?? error).replace(/\n\s*0: \w+::[\s\S]*$/, "");
    const known = error?.code ? knownError(error, datasource.url ?? "postgresql://localhost") : {};
    log("ERROR", message);
    send({
      id,
      error: { code: 4466, message: "An error happened. Check the data field for details.", data: { is_panic, message: known.message ?? message, error_code: known.error_code ?? null } },
    });
  }
}

// Requests run one at a time (the wasm engine is not re-entrant); responses to our `print` requests must
// bypass that queue, or a diff would wait for itself.
let queue = Promise.resolve();
createInterface({ input: process.stdin, crlfDelay: Infinity })
  .on("line", (line) => {
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      return line.trim() && send({ id: null, error: { code: -32700, message: "Parse error" } });
    }
    if (message.method === undefined && awaitingCli.has(message.id)) {
      awaitingCli.get(message.id)(message.result);
      awaitingCli.delete(message.id);
    } else queue = queue.then(() => handle(message));
  })
  // The CLI ends the session by closing stdin; finish the work in hand, then exit (the pg pools would
  // otherwise keep the process alive).
  .on("close", () => queue.then(() => process.exit(0)));
