// Pure and browser-safe: how a refused (rate-limited) sign-in is spelled in next-auth's error code.

/** The sign-in error code for a locked account or address, followed by `:<seconds to wait>`. */
export const LOCKED_ERROR = "RateLimited";

export function lockedError(retryAfterSeconds: number): string {
  return `${LOCKED_ERROR}:${retryAfterSeconds}`;
}

/** Seconds to wait when `error` (signIn()'s result) says the sign-in was refused as locked, else null. */
export function lockedSeconds(error: string | null | undefined): number | null {
  const match = error?.match(/^RateLimited:(\d{1,7})$/);
  return match ? Number(match[1]) : null;
}
