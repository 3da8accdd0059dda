// Runs once when the server starts (Next.js instrumentation hook).
export async function register() {
  // The edge runtime has no sockets; NEXT_RUNTIME is Next's own switch, read before env.ts exists.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { trackPeerAddress } = await import("@/lib/server/peer-address");
    trackPeerAddress();
  }
}
