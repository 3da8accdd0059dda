import type pg from "pg";
import { normalizeText } from "@/lib/text/normalize";
import { segmentSentences } from "@/lib/text/segment";
import { benchId } from "./ids";

const BATCH = 20_000;

/**
 * The synthetic sources' passages, as the importer would write them (same segmentation and
 * normalization), loaded in bulk: the trigram index is built once at the end rather than updated
 * row by row, which is what makes 500,000 sentences take a minute instead of half an hour.
 */
export async function loadPassages(client: pg.ClientBase, { salt, investigationId }: { salt: string; investigationId: string }): Promise<number> {
  const sources = (await client.query<{ id: string; cleanText: string }>(`SELECT id, "cleanText" FROM "Source" WHERE "investigationId" = $1 ORDER BY id`, [investigationId])).rows;
  await client.query(`DELETE FROM "Passage" WHERE "investigationId" = $1`, [investigationId]);
  await client.query(`DROP INDEX IF EXISTS "Passage_normalized_trgm_idx"`);
  let total = 0;
  for (const source of sources) {
    const spans = segmentSentences(source.cleanText);
    for (let from = 0; from < spans.length; from += BATCH) {
      const part = spans.slice(from, from + BATCH);
      await client.query(
        `INSERT INTO "Passage" (id, "sourceId", "investigationId", ordinal, start, "end", text, normalized)
         SELECT id, $2, $3, ord, s, e, t, n FROM unnest($1::text[], $4::int[], $5::int[], $6::int[], $7::text[], $8::text[]) AS p(id, ord, s, e, t, n)`,
        [part.map((_, i) => benchId(salt, `p${source.id.slice(-6)}`, from + i)), source.id, investigationId, part.map((_, i) => from + i), part.map((p) => p.start), part.map((p) => p.end), part.map((p) => p.text), part.map((p) => normalizeText(p.text))],
      );
    }
    total += spans.length;
  }
  await client.query(`CREATE INDEX "Passage_normalized_trgm_idx" ON "Passage" USING gin ("normalized" gin_trgm_ops)`);
  await client.query(`ANALYZE "Passage"`);
  return total;
}
