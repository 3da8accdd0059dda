import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * A fresh, empty investigation in the e2e database (scripts/test.mjs passes its DATABASE_URL), so a
 * spec that imports sources never changes the demo investigation other specs count on. There is
 * no API for creating investigations, hence the direct insert.
 */
export async function createInvestigation(name: string): Promise<{ id: string; name: string }> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the e2e tests through `node scripts/test.mjs e2e`.");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const id = `e2e${randomBytes(10).toString("hex")}`;
    await client.query(`INSERT INTO "Investigation" (id, slug, name, description, "updatedAt") VALUES ($1, $2, $3, '', now())`, [id, `e2e-${id}`, name]);
    return { id, name };
  } finally {
    await client.end();
  }
}
