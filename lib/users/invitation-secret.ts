import { randomBytes } from "node:crypto";
import { hashToken } from "@/lib/tokens/token-secret";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** 32 random bytes for the link; only their SHA-256 is stored (as for API tokens). */
export function newInvitationSecret(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export const hashInvitationToken = hashToken;

export function invitationUrl(origin: string, token: string): string {
  return new URL(`/invite/${token}`, origin).toString();
}
