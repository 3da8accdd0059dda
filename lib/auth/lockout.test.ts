import { describe, expect, it } from "vitest";
import { lockedError, lockedSeconds } from "./lockout";

describe("lockedSeconds", () => {
  it("reads back what lockedError wrote, and nothing else", () => {
    expect(lockedSeconds(lockedError(840))).toBe(840);
    for (const other of [null, undefined, "", "CredentialsSignin", "RateLimited", "RateLimited:", "RateLimited:-1", "RateLimited:12x"]) expect(lockedSeconds(other), String(other)).toBeNull();
  });
});
