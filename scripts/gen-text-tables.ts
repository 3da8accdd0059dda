// Regenerates lib/text/char-map.ts from opencc-js (Traditional → Simplified, character level) and the
// width/punctuation folding table. The same table backs normalizeText in JS and fd_normalize() in
// PostgreSQL (a translate() over these strings, see the text_index migration), so both sides agree.
//   npx tsx scripts/gen-text-tables.ts          writes lib/text/char-map.ts
//   npx tsx scripts/gen-text-tables.ts --sql    prints the CREATE FUNCTION for a migration
import { writeFileSync } from "node:fs";
import { buildCharMap, renderCharMapModule, renderNormalizeFunctionSql } from "../lib/text/char-map-source";

const map = await buildCharMap();
if (process.argv.includes("--sql")) process.stdout.write(renderNormalizeFunctionSql(map));
else {
  writeFileSync(new URL("../lib/text/char-map.ts", import.meta.url), renderCharMapModule(map));
  console.log(`lib/text/char-map.ts: ${map.from.length} code points`);
}
