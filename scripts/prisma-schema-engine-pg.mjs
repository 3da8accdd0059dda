// PostgreSQL side of scripts/prisma-schema-engine.mjs: turns the datasource URL from prisma.config.ts
// into a driver adapter the wasm schema engine can use, and fills the gaps @prisma/adapter-pg 7.10 has
// when used for migrations rather than queries. Each workaround names the defect it works around.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

/**
 * A Prisma-style postgres URL as separate node-postgres fields. Separate fields, not `connectionString`,
 * because node-postgres lets a connectionString override `database`, so a copy of the config pointed at
 * another database (as adapter-pg does for the shadow database) would still reach the main one.
 */
export function pgConfig(url) {
  const u = new URL(url);
  const q = u.searchParams;
  const sslmode = q.get("sslmode"); // libpq semantics: "require" encrypts, "verify-*" also checks the cert
  return {
    host: q.get("host") ?? (decodeURIComponent(u.hostname).replace(/^\[(.*)\]$/, "$1") || undefined),
    port: Number(u.port || q.get("port") || 5432),
    user: decodeURIComponent(u.username) || q.get("user") || undefined,
    password: decodeURIComponent(u.password) || q.get("password") || undefined,
    database: decodeURIComponent(u.pathname.slice(1)) || q.get("dbname") || "postgres",
    ssl: sslmode === "require" || sslmode?.startsWith("verify") ? { rejectUnauthorized: sslmode !== "require" } : undefined,
    // Prisma's `?schema=` is where unqualified DDL lands, as with the native engine.
    options: q.get("schema") ? `-c search_path=${quoteIdent(q.get("schema"))}` : undefined,
  };
}

/** Runs one statement on a connection of its own, closed before returning (so it never blocks a DROP DATABASE). */
export async function runOnce(config, sql) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

export const createDatabase = (url) => {
  const { database, ...server } = pgConfig(url);
  // The target does not exist yet, so connect to the maintenance database, like the native engine.
  return runOnce({ ...server, database: "postgres" }, `CREATE DATABASE ${quoteIdent(database)}`).then(() => database);
};

export const dropDatabase = (url) => {
  const { database, ...server } = pgConfig(url);
  return runOnce({ ...server, database: "postgres" }, `DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
};

// The migration engine reads pg_catalog columns of PostgreSQL's internal one-byte `"char"` type (OID 18,
// e.g. pg_constraint.contype); adapter-pg has no column type for it and fails the whole query with
// "Unsupported column type char". Its values arrive as strings, so report the column as text (OID 25).
// performIO lives on adapter-pg's unexported PgQueryable class, shared by connections and transactions,
// so patch it there once.
let charPatched = false;
function reportCharAsText(adapter) {
  if (charPatched) return;
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(adapter));
  const performIO = proto?.performIO;
  if (typeof performIO !== "function") throw new Error("@prisma/adapter-pg changed: no PgQueryable.performIO to patch");
  proto.performIO = async function (query) {
    const result = await performIO.call(this, query);
    for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  charPatched = true;
}

// adapter-pg's executeScript splits scripts on every ";", which breaks any function body or string
// containing one (our append-only trigger, `prisma db execute`). PostgreSQL's simple query protocol runs
// a multi-statement script as sent, so send it whole.
function sendScriptsWhole(adapter) {
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error); // rethrows as a DriverAdapterError the engine understands
    }
  };
  return adapter;
}

async function connect(config, schema) {
  const adapter = await new PrismaPg(config, schema ? { schema } : undefined).connect();
  reportCharAsText(adapter);
  return sendScriptsWhole(adapter);
}

/** The adapter factory for SchemaEngine.new(): `datasource` is prisma.config.ts's datasource block. */
export function adapterFactory({ url, shadowDatabaseUrl }) {
  const config = pgConfig(url);
  const schema = new URL(url).searchParams.get("schema") ?? undefined;
  return bindMigrationAwareSqlAdapterFactory({
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connect(config, schema),
    async connectToShadowDb() {
      if (shadowDatabaseUrl) {
        // A configured shadow database is the user's to keep; the native engine empties it before use.
        const shadowSchema = new URL(shadowDatabaseUrl).searchParams.get("schema") ?? "public";
        const adapter = await connect(pgConfig(shadowDatabaseUrl), shadowSchema);
        await adapter.executeScript(`DROP SCHEMA IF EXISTS ${quoteIdent(shadowSchema)} CASCADE; CREATE SCHEMA ${quoteIdent(shadowSchema)};`);
        return adapter;
      }
      // A throwaway database next to the main one. adapter-pg's own version drops it while its pool is
      // still connected, which PostgreSQL refuses, leaving one stray database per `migrate dev`:
      // close the pool first, then drop WITH (FORCE) in case the engine left a session behind.
      const database = `prisma_migrate_shadow_db_${randomUUID()}`;
      await runOnce(config, `CREATE DATABASE ${quoteIdent(database)}`);
      const adapter = await connect({ ...config, database }, schema);
      const closePool = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await closePool();
        await runOnce(config, `DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
      };
      return adapter;
    },
  });
}
