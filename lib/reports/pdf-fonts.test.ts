import { describe, expect, it } from "vitest";
import { faceFor } from "./pdf-fonts";
import { smallCaps } from "./pdf-pen";

describe("faceFor", () => {
  it("sets Latin-only text in the Latin face, whatever the source's language", () => {
    expect(faceFor("Zelensky said “we are ready” — α ≥ 0.8", ["zh-Hant"])).toBe("latin");
  });

  it("sets Chinese in the Traditional face for Traditional-only sources, else Simplified", () => {
    expect(faceFor("美俄會談", ["zh-Hant", "en"])).toBe("tc");
    expect(faceFor("美俄会谈", ["zh-Hans"])).toBe("sc");
    expect(faceFor("美俄會談", ["zh-Hant", "zh-Hans"])).toBe("sc");
    expect(faceFor("Mixed 中文 text")).toBe("sc");
  });

  it("counts CJK punctuation, full-width forms and kana as needing a CJK face", () => {
    expect(faceFor("Hello，world")).toBe("sc");
    expect(faceFor("「quote」")).toBe("sc");
    expect(faceFor("カタカナ")).toBe("sc");
  });
});

describe("smallCaps", () => {
  it("upper-cases Latin letters only, so Greek symbols keep their meaning", () => {
    expect(smallCaps("Krippendorff's α (nominal)")).toBe("KRIPPENDORFF'S α (NOMINAL)");
  });
});
