const BASE = "http://desk.invalid";

/**
 * Where to send someone after signing in: only a path on this site. Browsers read `/\evil.example`
 * (and `/<tab>/evil.example`) as `//evil.example`, another host, so a prefix check is not enough;
 * the path is resolved the way a browser would and returned in that resolved form.
 */
export function sameSitePath(raw: string | undefined, fallback = "/"): string {
  if (!raw?.startsWith("/")) return fallback;
  try {
    const url = new URL(raw, BASE);
    return url.origin === BASE ? url.pathname + url.search + url.hash : fallback;
  } catch {
    return fallback;
  }
}
