// The UI languages. Chinese is split by script, not by region: a reader in Hong Kong and one in
// Taipei read the same Traditional characters, and one in Singapore reads Simplified.
export const LOCALES = ["en", "zh-Hans", "zh-Hant"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "en";
export const LOCALE_COOKIE = "factdesk-locale";
/** A year: the choice is a preference, not a session. */
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

export function isLocale(value: unknown): value is TLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

// Regions whose default script is Traditional; every other Chinese region (CN, SG, MY …) and plain
// "zh" read Simplified. Cantonese (yue) is written in Traditional characters.
const TRADITIONAL_REGIONS = new Set(["tw", "hk", "mo"]);

/** The UI locale one language tag maps to, or null when we have no catalogue for it. */
export function localeForTag(tag: string): TLocale | null {
  const [language = "", ...rest] = tag.trim().toLowerCase().split(/[-_]/);
  if (language === "en") return "en";
  if (language === "yue") return "zh-Hant";
  if (language !== "zh") return null;
  // An explicit script wins over the region: zh-Hans-HK is Simplified.
  if (rest.includes("hant")) return "zh-Hant";
  if (rest.includes("hans")) return "zh-Hans";
  return rest.some((subtag) => TRADITIONAL_REGIONS.has(subtag)) ? "zh-Hant" : "zh-Hans";
}

/** Picks the best supported locale from an Accept-Language header (q-values honoured, q=0 means "not this"). */
export function negotiateLocale(acceptLanguage: string | null | undefined): TLocale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const q = qParam === undefined ? 1 : Number(qParam.slice(2));
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0 };
    })
    .filter(({ tag, q }) => tag !== "" && q > 0)
    // Array.prototype.sort is stable: equal q-values keep the browser's order.
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const match = localeForTag(tag);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

/** A signed-in member's saved choice wins; then the cookie (an anonymous choice); then the browser. */
export function resolveLocale({ saved, cookie, acceptLanguage }: { saved?: string | null | undefined; cookie?: string | null | undefined; acceptLanguage?: string | null | undefined }): TLocale {
  if (isLocale(saved)) return saved;
  if (isLocale(cookie)) return cookie;
  return negotiateLocale(acceptLanguage);
}
