// pg_dump / pg_restore for `npm run db:backup` and `db:restore`. PostgreSQL's tools refuse to dump a
// server of a newer major version, so the version check comes first, with a message that says what to do.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const exec = promisify(execFile);

/** `pg_dump` / `pg_restore` from PG_BIN (a PostgreSQL bin/ folder) when set, else from PATH. */
export function pgTool(name) {
  return process.env.PG_BIN ? path.join(process.env.PG_BIN, name) : name;
}

export async function toolMajor(tool) {
  const { stdout } = await exec(tool, ["--version"]).catch(() => {
    throw new Error(`${tool} was not found. Install the PostgreSQL client tools (Debian: postgresql-client) or set PG_BIN to a PostgreSQL bin/ folder.`);
  });
  return Number(/\(PostgreSQL\) (\d+)/.exec(stdout)?.[1]);
}

export async function serverMajor(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query("SHOW server_version_num");
    return Math.floor(Number(rows[0].server_version_num) / 10_000);
  } finally {
    await client.end();
  }
}

/** Writes a custom-format archive (`pg_dump -Fc`) of the whole database to `file`. */
export async function backupDatabase(url, file) {
  const tool = pgTool("pg_dump");
  const [client, server] = await Promise.all([toolMajor(tool), serverMajor(url)]);
  if (client < server) {
    throw new Error(
      `pg_dump ${client} cannot dump a PostgreSQL ${server} server. Install the PostgreSQL ${server} client tools and set PG_BIN to their bin/ folder (see docs/operations.md).`,
    );
  }
  await exec(tool, ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${url}`]);
}

/**
 * Restores an archive into the database at `url`, replacing what is there, in one transaction:
 * a failed restore leaves the database as it was.
 */
export async function restoreDatabase(url, file) {
  await exec(pgTool("pg_restore"), ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${url}`, file]);
}
