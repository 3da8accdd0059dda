import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, isLocale, localeForTag, negotiateLocale, resolveLocale } from "./config";

describe("negotiateLocale", () => {
  it("falls back to the default without a header", () => {
    expect(negotiateLocale(undefined)).toBe(DEFAULT_LOCALE);
    expect(negotiateLocale("")).toBe(DEFAULT_LOCALE);
    expect(negotiateLocale(" , ;q=1")).toBe(DEFAULT_LOCALE);
  });

  it("picks a supported language by region subtag and q-value", () => {
    expect(negotiateLocale("en-GB,en;q=0.9")).toBe("en");
    expect(negotiateLocale("fr;q=0.9, en;q=0.8")).toBe("en");
  });

  it("falls back when nothing offered is supported", () => {
    expect(negotiateLocale("fr-FR, de;q=0.5")).toBe(DEFAULT_LOCALE);
  });

  it("maps Simplified-script browsers to zh-Hans", () => {
    for (const header of ["zh-CN", "zh-SG", "zh", "zh-Hans", "zh-Hans-CN", "zh-hans", "zh_CN", "zh-MY,en;q=0.5"]) {
      expect(negotiateLocale(header), header).toBe("zh-Hans");
    }
  });

  it("maps Traditional-script browsers to zh-Hant", () => {
    for (const header of ["zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-TW", "zh-hant-hk", "yue-HK", "zh-TW,zh;q=0.9,en;q=0.8"]) {
      expect(negotiateLocale(header), header).toBe("zh-Hant");
    }
  });

  it("lets an explicit script win over the region", () => {
    expect(negotiateLocale("zh-Hans-HK")).toBe("zh-Hans");
    expect(negotiateLocale("zh-Hant-CN")).toBe("zh-Hant");
  });

  it("honours q-values across Chinese variants and English", () => {
    expect(negotiateLocale("en;q=0.5, zh-TW;q=0.9")).toBe("zh-Hant");
    expect(negotiateLocale("zh-CN;q=0.4, zh-HK;q=0.6, en;q=0.5")).toBe("zh-Hant");
    expect(negotiateLocale("de, zh-CN;q=0.3, en;q=0.2")).toBe("zh-Hans");
    expect(negotiateLocale("zh-TW;q=0.2, en")).toBe("en");
  });

  it("keeps the browser's order for equal q-values and skips q=0", () => {
    expect(negotiateLocale("zh-HK, zh-CN")).toBe("zh-Hant");
    expect(negotiateLocale("zh-CN, zh-HK")).toBe("zh-Hans");
    expect(negotiateLocale("zh-TW;q=0, en;q=0.1")).toBe("en");
    expect(negotiateLocale("zh;q=0")).toBe(DEFAULT_LOCALE);
  });

  it("treats an unreadable q-value as not acceptable", () => {
    expect(negotiateLocale("zh-TW;q=abc, zh-CN;q=0.5")).toBe("zh-Hans");
  });
});

describe("localeForTag", () => {
  it("returns null for languages without a catalogue", () => {
    expect(localeForTag("fr-FR")).toBeNull();
    expect(localeForTag("ja")).toBeNull();
    expect(localeForTag("*")).toBeNull();
    // A prefix is not a language: "zho" or "english" are not ours.
    expect(localeForTag("english")).toBeNull();
  });
});

describe("resolveLocale", () => {
  it("prefers the saved choice, then the cookie, then the browser", () => {
    expect(resolveLocale({ saved: "zh-Hant", cookie: "en", acceptLanguage: "zh-CN" })).toBe("zh-Hant");
    expect(resolveLocale({ saved: null, cookie: "zh-Hans", acceptLanguage: "zh-TW" })).toBe("zh-Hans");
    expect(resolveLocale({ saved: null, cookie: undefined, acceptLanguage: "zh-TW" })).toBe("zh-Hant");
  });

  it("ignores saved or cookie values that are not catalogued", () => {
    expect(resolveLocale({ saved: "fr", cookie: "zh-hant", acceptLanguage: "zh-CN" })).toBe("zh-Hans");
  });
});

describe("isLocale", () => {
  it("recognises only catalogued locales, spelled canonically", () => {
    expect(isLocale("en")).toBe(true);
    expect(isLocale("zh-Hans")).toBe(true);
    expect(isLocale("zh-Hant")).toBe(true);
    expect(isLocale("zh-hant")).toBe(false);
    expect(isLocale("zh")).toBe(false);
    expect(isLocale("xx")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
