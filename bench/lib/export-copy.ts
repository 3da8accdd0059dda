// PostgreSQL's own speed on the export's statement: COPY (<the same SELECT>) TO STDOUT WITH CSV,
// read (and discarded) by the pg driver, in a session with the export pool's settings.
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The statement with its parameters written in as literals: COPY takes no bind parameters. */
export function inlineParameters(statement: Prisma.Sql): string {
  return statement.text.replace(/\$(\d+)/g, (_, n: string) => {
    const value: unknown = statement.values[Number(n) - 1];
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    return `'${String(value).replace(/'/g, "''")}'`;
  });
}

export async function timeCopy(url: string, statement: Prisma.Sql, options: string): Promise<{ rows: number; seconds: number }> {
  const client = new pg.Client({ connectionString: url, options });
  await client.connect();
  try {
    const t0 = performance.now();
    const result = await client.query(`COPY (${inlineParameters(statement)}) TO STDOUT WITH CSV`);
    return { rows: result.rowCount ?? 0, seconds: (performance.now() - t0) / 1000 };
  } finally {
    await client.end();
  }
}
