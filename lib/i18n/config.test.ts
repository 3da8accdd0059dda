import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, isLocale, negotiateLocale } from "./config";

describe("negotiateLocale", () => {
  it("falls back to the default without a header", () => {
    expect(negotiateLocale(undefined)).toBe(DEFAULT_LOCALE);
    expect(negotiateLocale("")).toBe(DEFAULT_LOCALE);
  });

  it("picks a supported language by region subtag and q-value", () => {
    expect(negotiateLocale("en-GB,en;q=0.9")).toBe("en");
    expect(negotiateLocale("fr;q=0.9, en;q=0.8")).toBe("en");
  });

  it("falls back when nothing offered is supported", () => {
    expect(negotiateLocale("fr-FR, de;q=0.5")).toBe(DEFAULT_LOCALE);
  });

  it("recognises only catalogued locales", () => {
    expect(isLocale("en")).toBe(true);
    expect(isLocale("xx")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
