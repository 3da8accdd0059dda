import dc from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { PEER_HEADER } from "@/lib/security/client-address";

let tracking = false;

/**
 * Route handlers cannot see the socket, and Next fills X-Forwarded-For from it only when the client
 * sent none (so a client can forge it). Node publishes every incoming request on this channel
 * before Next sees it: stamp the socket's address into a header of our own, replacing any copy.
 */
export function trackPeerAddress(): void {
  if (tracking) return;
  tracking = true;
  dc.subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = socket.remoteAddress ?? "";
  });
}
