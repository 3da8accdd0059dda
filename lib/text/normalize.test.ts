import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildCharMap, renderCharMapModule } from "./char-map-source";
import { readFileSync } from "node:fs";
import { normalizeText } from "./normalize";
import { convertScript } from "./script";

describe("normalizeText", () => {
  it("folds Traditional and Simplified spellings of the same words to one form", () => {
    expect(normalizeText("烏克蘭的邊界")).toBe(normalizeText("乌克兰的边界"));
    expect(normalizeText("北約")).toBe("北约");
    expect(normalizeText("澤連斯基")).toBe("泽连斯基");
    expect(normalizeText("魯比奧")).toBe("鲁比奥");
    // Different transliterations stay different: the alias table, not the script table, joins them.
    expect(normalizeText("澤倫斯基")).not.toBe(normalizeText("泽连斯基"));
  });

  it("folds full-width letters, digits and spaces and lower-cases ASCII", () => {
    expect(normalizeText("ＮＡＴＯ　２０１４年")).toBe("nato 2014年");
    expect(normalizeText("Ukraine's NATO")).toBe("ukraine's nato");
  });

  it("folds CJK punctuation to ASCII", () => {
    expect(normalizeText("「不現實」，他說。")).toBe('"不现实",他说.');
    expect(normalizeText("“单飞”（和谈）！")).toBe('"单飞"(和谈)!');
  });

  it("keeps every code point's position (offsets into normalized text are offsets into the original)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => {
      expect(Array.from(normalizeText(text)).length).toBe(Array.from(text).length);
    }), { numRuns: 200 });
    const corpus = readFileSync(new URL("../../prisma/demo/002_0999f191fb41fc01.txt", import.meta.url), "utf8");
    expect(Array.from(normalizeText(corpus)).length).toBe(Array.from(corpus).length);
    // Generous: a property run shares two cores with the rest of the suite.
  }, 30_000);

  it("is idempotent", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (text) => {
      expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
    }), { numRuns: 300 });
  }, 30_000);

  it("uses the table generated from opencc-js (regenerate with scripts/gen-text-tables.ts)", async () => {
    const committed = readFileSync(new URL("./char-map.ts", import.meta.url), "utf8");
    expect(committed).toBe(renderCharMapModule(await buildCharMap()));
  });
});

describe("convertScript", () => {
  it("converts whole phrases between scripts for reading", () => {
    expect(convertScript("澤倫斯基表示烏克蘭不會接受", "zh-Hans")).toBe("泽伦斯基表示乌克兰不会接受");
    expect(convertScript("泽连斯基称乌克兰准备好与美国达成协议", "zh-Hant")).toContain("澤連斯基稱烏克蘭");
  });
});
