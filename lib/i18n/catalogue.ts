import type { TLocale } from "./config";

// One file per area keeps catalogues reviewable and lets areas be translated independently.
export const CATALOGUE_FILES = ["common", "sources", "claims", "queue", "dashboard", "reports", "tokens", "imports", "apidocs", "admin", "matching", "suggestions", "search", "entities"] as const;

export async function loadMessages(locale: TLocale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(CATALOGUE_FILES.map(async (file) => (await import(`./messages/${locale}/${file}.json`)).default as Record<string, unknown>));
  return Object.assign({}, ...parts);
}
