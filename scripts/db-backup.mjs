#!/usr/bin/env node
// `npm run db:backup [file]`: the database (DATABASE_URL, else the embedded one) to a pg_dump -Fc archive.
import path from "node:path";
import { backupDatabase } from "./lib/backup.mjs";

const file = path.resolve(process.argv[2] ?? `factdesk-${new Date().toISOString().replace(/[:.]/g, "-")}.dump`);
try {
  await backupDatabase(process.env.DATABASE_URL, file);
  console.log(`▸ Backup written to ${file}`);
} catch (error) {
  console.error(`✘ ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
