const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * The href a comment link may carry, or null to drop it. Only absolute http(s) and mailto URLs
 * survive: relative links could point into the app's own API, and `javascript:` / `data:` run code.
 * Parsing with URL (not a prefix test) sees through case tricks and leading control characters.
 */
export function safeLinkHref(url: string): string | null {
  const trimmed = url.trim();
  if (!/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return ALLOWED_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}
