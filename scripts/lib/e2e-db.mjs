// The e2e suite's own database: created fresh, migrated, loaded with the demo data, dropped after.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { runOrThrow } from "./runtime.mjs";

export async function prepareE2eDatabase(serverUrl) {
  const name = `factdesk_e2e_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const env = { ...process.env, DATABASE_URL: url.toString() };
  await runOrThrow("prisma", ["migrate", "deploy"], { env });
  await runOrThrow("tsx", ["prisma/seed.ts"], { env });
  return { name, url: url.toString() };
}

export function dropDatabase(serverUrl, name) {
  return adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

async function adminQuery(serverUrl, sql) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
