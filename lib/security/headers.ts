/**
 * The security headers every response carries, as pure functions of the request's facts (nonce,
 * HTTPS, development), so the policy is unit-tested rather than read off a live server.
 * proxy.ts applies them per request; next.config.ts sends the static ones on paths the proxy skips.
 */

export type TCspOptions = { nonce: string; dev: boolean; https: boolean };

/** 128 random bits, base64: a fresh one per request so an injected script cannot guess it. */
export function generateNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy({ nonce, dev, https }: TCspOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // 'strict-dynamic': scripts Next loads from its nonce-carrying bootstrap are trusted; no host
    // list, no 'unsafe-inline' (ignored anyway next to a nonce). React's dev build needs eval.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // Styles keep 'unsafe-inline': React renders style attributes (verdict bar widths, chart sizes,
    // recharts' own layout), which a nonce cannot cover, and a nonce here would switch
    // 'unsafe-inline' off. Injected CSS cannot run script in current browsers; scripts stay strict.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["frame-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((d) => d.join(" ")).join("; ");
}

/** Headers that do not depend on the request: safe to send from next.config.ts on every path. */
export function staticSecurityHeaders(): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
}

/** The API's CSP: JSON and downloads run nothing, embed nothing and are framed nowhere. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Everything a proxied response carries. HSTS only over HTTPS: a browser ignores it on plain HTTP,
 * and sending it from a development server on localhost would pin that host to HTTPS.
 */
export function securityHeaders(options: TCspOptions): Record<string, string> {
  return {
    ...staticSecurityHeaders(),
    "Content-Security-Policy": contentSecurityPolicy(options),
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/**
 * Whether the browser reached us over HTTPS: directly, or through a TLS-terminating proxy that says
 * so. Trusting the forwarded header is safe here because it only decides whether to send HSTS and
 * upgrade-insecure-requests, which a browser honours only on a real HTTPS response.
 */
export function isHttpsRequest(protocol: string, forwardedProto: string | null): boolean {
  if (protocol === "https:") return true;
  return forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}
