#!/usr/bin/env node
// `npm run db:restore <file>`: replaces the database's contents with a db:backup archive.
import path from "node:path";
import { restoreDatabase } from "./lib/backup.mjs";

const [file] = process.argv.slice(2);
if (!file) {
  console.error("usage: npm run db:restore -- <file.dump>");
  process.exit(2);
}
try {
  await restoreDatabase(process.env.DATABASE_URL, path.resolve(file));
  console.log(`▸ Restored ${file} into the database.`);
} catch (error) {
  console.error(`✘ ${error instanceof Error ? (error.stderr || error.message) : error}`);
  process.exitCode = 1;
}
