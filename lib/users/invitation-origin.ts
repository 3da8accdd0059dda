import { env } from "@/lib/server/env";

/** Where invitation links point: the desk's public URL when configured, else the request's origin. */
export function invitationOrigin(requestOrigin: string): string {
  return env.NEXTAUTH_URL ?? requestOrigin;
}
