import { createHash, randomBytes } from "node:crypto";

/** Every Factdesk token starts with this, so secret scanners and people can recognise one. */
export const TOKEN_MARKER = "fdk_";
/** How much of a token lists show: enough to tell a person's tokens apart, far too little to use. */
export const PREFIX_LENGTH = 8;

const SECRET_BYTES = 32;
// "fdk_" + base64url of 32 bytes (43 characters); anything far off cannot be ours.
const TOKEN_SHAPE = /^fdk_[A-Za-z0-9_-]{43}$/;

export type TNewSecret = { token: string; tokenHash: string; prefix: string };

/** A fresh token and what is stored of it: the hash to look it up by and the displayable prefix. */
export function newTokenSecret(): TNewSecret {
  const token = TOKEN_MARKER + randomBytes(SECRET_BYTES).toString("base64url");
  return { token, tokenHash: hashToken(token), prefix: token.slice(0, PREFIX_LENGTH) };
}

/**
 * SHA-256, hex. Tokens carry 256 random bits, so unlike passwords they cannot be guessed from a
 * leaked hash and need no slow (argon2) hash — which would also cost ~50 ms on every API request.
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A cheap shape check so malformed tokens are refused without a database round trip. */
export function looksLikeToken(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}
