// Pure: which client a request comes from, for the per-address brute-force limit.

/** Set on every request from its socket by instrumentation.ts, overwriting any the client sent. */
export const PEER_HEADER = "x-factdesk-peer-address";

/** Used when the address is unknown: all such requests then share one per-address budget. */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * Behind a trusted reverse proxy the proxy's X-Forwarded-For names the client (its first value).
 * Otherwise that header is whatever the client chose to send, so only the socket's own address
 * (`peer`, see instrumentation.ts) counts.
 */
export function clientAddress({ trustProxy, forwardedFor, peer }: { trustProxy: boolean; forwardedFor: string | null; peer: string | null }): string {
  const candidate = trustProxy ? forwardedFor?.split(",")[0] : peer;
  const address = candidate?.trim().replace(/^::ffff:/, "").slice(0, 100);
  return address || UNKNOWN_ADDRESS;
}
