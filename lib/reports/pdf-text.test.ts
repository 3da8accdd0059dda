import { describe, expect, it } from "vitest";
import { alphaNote, describeFilters, describeKappa, formatAlpha, formatDate, truncate } from "./pdf-text";

describe("report text", () => {
  it("formats alpha with three decimals and never prints a number for an undefined alpha", () => {
    expect(formatAlpha(0.81234)).toBe("0.812");
    expect(formatAlpha(null)).toBe("—");
    expect(formatAlpha(Number.NaN)).toBe("—");
    expect(alphaNote(null)).toMatch(/too few claims/i);
    expect(alphaNote(0.5)).toBeNull();
  });

  it("explains why kappa is missing", () => {
    expect(describeKappa({ value: null, reason: "UNEQUAL_RATERS" })).toMatch(/different numbers of reviewers/);
    expect(describeKappa({ value: -0.3333, reason: null })).toBe("-0.333");
  });

  it("prints a date without a time unless the source gave one, in UTC", () => {
    const at = new Date("2025-02-20T23:30:00Z");
    expect(formatDate(at)).toBe("20 Feb 2025");
    expect(formatDate(at, true)).toBe("20 Feb 2025, 23:30 UTC");
  });

  it("names the active filters, with ids turned into names and labels into words", () => {
    expect(describeFilters({ sort: "created", dir: "asc" })).toBe("All claims of the investigation");
    expect(describeFilters({ sourceId: "s1", consensus: "CONTRADICTED", disputed: true, needsReview: false, q: "利雅德" }, { s1: "外交部聲明" })).toBe(
      "source: 外交部聲明 · consensus: Contradicted · disputed only · text contains: 利雅德",
    );
  });

  it("cuts long text at a word in English and anywhere in Chinese, counting code points", () => {
    expect(truncate("short", 10)).toBe("short");
    expect(truncate("The talks in Riyadh lasted four hours", 20)).toBe("The talks in Riyadh…");
    expect(truncate("美俄代表在利雅德的會談持續了四個小時", 6)).toBe("美俄代表在利…");
    // An emoji is one character, never half a surrogate pair.
    expect(truncate("🇺🇦🇺🇦🇺🇦", 2)).toBe("🇺🇦…");
  });
});
