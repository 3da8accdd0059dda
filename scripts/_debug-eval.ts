import { readFile } from "node:fs/promises";
process.env.DATABASE_URL = "postgres://postgres@127.0.0.1:5432/fd_dbg";
const pg = (await import("pg")).default;
const admin = new pg.Client({ connectionString: "postgres://postgres@127.0.0.1:5432/postgres" });
await admin.connect(); await admin.query('DROP DATABASE IF EXISTS fd_dbg WITH (FORCE)'); await admin.query('CREATE DATABASE fd_dbg'); await admin.end();
const { execFileSync } = await import("node:child_process");
execFileSync("npx", ["prisma", "migrate", "deploy"], { env: process.env, stdio: "ignore" });
const { db } = await import("@/lib/server/db");
const { loadDemoCorpus } = await import("@/lib/testing/demo-corpus");
const { createClaim } = await import("@/lib/claims/create-claim");
const { findMatches } = await import("@/lib/matching/find-matches");
const set = JSON.parse(await readFile("lib/matching/eval/clusters.json", "utf8"));
const demo = await loadDemoCorpus(db);
const only = process.argv[2];
for (const c of set.clusters) {
  if (only && !c.id.startsWith(only)) continue;
  const src = demo.byPrefix(c.claim.source);
  const at = src.cleanText.indexOf(c.claim.quote); const start = Array.from(src.cleanText.slice(0, at)).length;
  const claim = await createClaim({ db, actor: demo.reviewer, input: { sourceId: src.id, text: c.claim.quote, selector: { exact: c.claim.quote, start, end: start + Array.from(c.claim.quote).length } } });
  const m = await findMatches({ db, actor: demo.reviewer, input: { claimId: claim.id, query: { limit: 50 } } });
  console.log(`\n## ${c.id}: [${c.claim.source}] ${c.claim.quote}`);
  for (const p of c.passages) {
    const s = demo.byPrefix(p.source); const a = s.cleanText.indexOf(p.quote); const ps = Array.from(s.cleanText.slice(0, a)).length; const pe = ps + Array.from(p.quote).length;
    const rank = m.findIndex((x) => x.sourceId === s.id && x.start < pe && ps < x.end);
    const hit = m[rank];
    console.log(`  want [${p.source}] ${p.stance} rank ${rank + 1} ${hit ? `score ${hit.score} sig ${JSON.stringify(hit.signals)} got ${hit.stance} cues ${hit.stanceCues}` : ""} :: ${p.quote.slice(0, 60)}`);
  }
  for (const x of m.slice(0, 5)) console.log(`    top ${x.score} ${JSON.stringify(x.signals)} ${x.stance} :: ${x.text.slice(0, 70)}`);
}
await db.$disconnect();
