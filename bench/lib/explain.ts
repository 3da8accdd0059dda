import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import type { TStatement } from "./dashboard-paths";

// EXPLAIN (ANALYZE, BUFFERS) of each scenario's statements, written to bench/out/ (git-ignored)
// with the top line of each plan echoed, to see where the time of a slow scenario goes.

export const OUT_DIR = path.resolve(import.meta.dirname, "../out");

export async function explainScenario(pool: pg.Pool, name: string, statements: { page: TStatement; summary: TStatement }): Promise<string[]> {
  await mkdir(OUT_DIR, { recursive: true });
  const lines: string[] = [];
  const slug = name.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "").toLowerCase();
  for (const [kind, statement] of Object.entries(statements)) {
    const { rows } = await pool.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values);
    const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
    const file = path.join(OUT_DIR, `explain-${slug}-${kind}.txt`);
    await writeFile(file, `${statement.text}\n-- values: ${JSON.stringify(statement.values)}\n\n${plan}\n`);
    const execution = plan.match(/Execution Time: ([\d.]+) ms/)?.[1] ?? "?";
    lines.push(`  ${name} ${kind}: ${execution} ms — ${path.relative(process.cwd(), file)}`);
  }
  return lines;
}
