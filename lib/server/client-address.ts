import { headers } from "next/headers";
import { clientAddress, PEER_HEADER } from "@/lib/security/client-address";
import { env } from "./env";

type HeaderSource = { get(name: string): string | null };

/** The client address for the brute-force limiter from a request's headers (see client-address.ts). */
export function clientAddressOf(source: HeaderSource): string {
  return clientAddress({ trustProxy: env.TRUST_PROXY, forwardedFor: source.get("x-forwarded-for"), peer: source.get(PEER_HEADER) });
}

export async function requestClientAddress(): Promise<string> {
  return clientAddressOf(await headers());
}
