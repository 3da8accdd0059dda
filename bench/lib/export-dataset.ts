// The synthetic investigation the export benchmark reads: the one bench:dashboard leaves in
// factdesk_bench (with --reuse), else a fresh one from bench/generate.ts.
import pg from "pg";
import { EDITOR_EMAIL, generateSyntheticInvestigation } from "../generate";
import { BENCH_DATABASE, benchUrl, databaseExists, recreateDatabase } from "./database";

export type TExportDataset = { url: string; investigationId: string; editorId: string; verdicts: number; claims: number; generation: string };

async function findExisting(url: string): Promise<Omit<TExportDataset, "url" | "generation"> | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; claims: number; stats: number; verdicts: number; editor: string | null }>(
      `SELECT i."id", (SELECT count(*)::int FROM "Claim" c WHERE c."investigationId" = i."id") AS claims,
              (SELECT count(*)::int FROM "ClaimStats" s WHERE s."investigationId" = i."id") AS stats,
              (SELECT COALESCE(sum(s."reviewers"), 0)::int FROM "ClaimStats" s WHERE s."investigationId" = i."id") AS verdicts,
              (SELECT u."id" FROM "User" u WHERE u."email" = $1) AS editor
         FROM "Investigation" i WHERE i."slug" LIKE 'bench-%' ORDER BY i."createdAt" DESC LIMIT 1`,
      [EDITOR_EMAIL],
    );
    const found = rows[0];
    if (!found?.editor || found.claims === 0 || found.claims !== found.stats) return null;
    return { investigationId: found.id, editorId: found.editor, claims: found.claims, verdicts: found.verdicts };
  } catch {
    return null; // not migrated, or an older schema: generate afresh
  } finally {
    await client.end();
  }
}

export async function provideDataset(serverUrl: string, reuse: boolean): Promise<TExportDataset> {
  const url = benchUrl(serverUrl);
  const existing = reuse && (await databaseExists(serverUrl)) ? await findExisting(url) : null;
  if (existing) return { ...existing, url, generation: "reused (--reuse)" };
  console.log(`Creating and migrating "${BENCH_DATABASE}", then generating (≈ 40 s):`);
  const fresh = await recreateDatabase(serverUrl);
  const generated = await generateSyntheticInvestigation({ databaseUrl: fresh });
  return {
    url: fresh,
    investigationId: generated.investigationId,
    editorId: generated.editor.id,
    claims: generated.counts.claims,
    verdicts: generated.counts.verdicts,
    generation: `${generated.totalSeconds.toFixed(1)} s`,
  };
}
