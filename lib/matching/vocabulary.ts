import { loadAliasIndex } from "@/lib/entities/alias-index";
import type { Db } from "@/lib/server/db";
import { loadLexicon } from "@/lib/text/lexicon-source";
import type { TVocabulary } from "./features";

/** The alias table as it stands now (edits show on the next request) and the process's lexicon. */
export async function loadVocabulary(db: Db): Promise<TVocabulary> {
  const [aliases, lexicon] = await Promise.all([loadAliasIndex(db), loadLexicon()]);
  return { aliases, lexicon };
}
