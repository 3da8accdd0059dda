import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashToken, looksLikeToken, newTokenSecret, PREFIX_LENGTH } from "./token-secret";

describe("newTokenSecret", () => {
  it("makes an fdk_ token of 32 random bytes, its SHA-256 hex and an 8-character prefix", () => {
    const { token, tokenHash, prefix } = newTokenSecret();
    expect(token).toMatch(/^fdk_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token.slice(4), "base64url")).toHaveLength(32);
    expect(tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(prefix).toBe(token.slice(0, PREFIX_LENGTH));
    expect(prefix).toHaveLength(8);
  });

  it("never repeats a token", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newTokenSecret().token));
    expect(tokens.size).toBe(1000);
  });
});

describe("looksLikeToken", () => {
  it("accepts what newTokenSecret makes and refuses anything else without hashing it", () => {
    expect(looksLikeToken(newTokenSecret().token)).toBe(true);
    for (const bad of ["", "fdk_", "fdk_short", `ghp_${"a".repeat(43)}`, `fdk_${"a".repeat(42)}!`, `fdk_${"a".repeat(44)}`, ` fdk_${"a".repeat(43)}`]) {
      expect(looksLikeToken(bad), bad).toBe(false);
    }
  });
});

describe("hashToken", () => {
  it("is deterministic and differs per token", () => {
    expect(hashToken("fdk_a")).toBe(hashToken("fdk_a"));
    expect(hashToken("fdk_a")).not.toBe(hashToken("fdk_b"));
  });
});
