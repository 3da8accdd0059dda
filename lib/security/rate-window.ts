// Pure: the sliding-window arithmetic of the brute-force limiter (lib/security/rate-limit.ts reads
// the timestamps in one SQL round trip and asks this module what they mean).

export type TLimitRule = {
  /** Counted attempts allowed within the window; the next one is refused. */
  max: number;
  windowMs: number;
  /** Failures only (sign-in, current-password checks) or every attempt (creating things). */
  countSucceeded: boolean;
  /** Sign-in is limited per account and per client address; actions of a signed-in user per user. */
  byAddress: boolean;
};

export type TLimitVerdict = { limited: false } | { limited: true; retryAfterSeconds: number };

/**
 * `counted` are the counted attempts' times inside the window. Once `max` are in it, the caller
 * waits until enough of them leave it: with exactly `max`, until the oldest one does.
 */
export function judgeWindow(counted: readonly Date[], rule: Pick<TLimitRule, "max" | "windowMs">, now: Date): TLimitVerdict {
  const times = counted.map((d) => d.getTime()).filter((t) => t > now.getTime() - rule.windowMs && t <= now.getTime()).sort((a, b) => a - b);
  if (times.length < rule.max) return { limited: false };
  const freesSlot = times[times.length - rule.max]!;
  return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil((freesSlot + rule.windowMs - now.getTime()) / 1000)) };
}

/** Limited when any key is; the wait is the longest of them. */
export function combineVerdicts(verdicts: readonly TLimitVerdict[]): TLimitVerdict {
  const waits = verdicts.flatMap((v) => (v.limited ? [v.retryAfterSeconds] : []));
  return waits.length === 0 ? { limited: false } : { limited: true, retryAfterSeconds: Math.max(...waits) };
}

/** Whole minutes for "Try again in N minutes", never 0. */
export function retryAfterMinutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}
