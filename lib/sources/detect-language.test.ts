import { describe, expect, it } from "vitest";
import { detectLanguages, normalizeLanguageTag } from "./detect-language";

const TRADITIONAL = "美國與俄羅斯的代表在沙烏地阿拉伯會談,雙方同意設立專責團隊,逐步恢復大使館人員配置,並討論烏克蘭戰爭的和平協議。";
const SIMPLIFIED = "美国与俄罗斯的代表在沙特阿拉伯会谈,双方同意设立专责团队,逐步恢复大使馆人员配置,并讨论乌克兰战争的和平协议。";
const ENGLISH =
  "Representatives of the United States and Russia met in Saudi Arabia. Both sides agreed to set up dedicated teams to restore embassy staffing and to discuss a peace agreement for the war in Ukraine.";

describe("detectLanguages", () => {
  it("tells Traditional from Simplified Chinese", () => {
    expect(detectLanguages(TRADITIONAL)).toEqual({ languages: ["zh-Hant"], primary: "zh-Hant" });
    expect(detectLanguages(SIMPLIFIED)).toEqual({ languages: ["zh-Hans"], primary: "zh-Hans" });
  });

  it("decides the script by the dominant distinctive characters", () => {
    const mostlyTraditional = `${TRADITIONAL.repeat(3)}${SIMPLIFIED}`;
    expect(detectLanguages(mostlyTraditional).languages).toEqual(["zh-Hant"]);
    expect(detectLanguages(`${SIMPLIFIED.repeat(3)}${TRADITIONAL}`).languages).toEqual(["zh-Hans"]);
  });

  it("detects English", () => {
    expect(detectLanguages(ENGLISH)).toEqual({ languages: ["en"], primary: "en" });
  });

  it("lists an English translation appended to a Chinese article, Chinese first", () => {
    expect(detectLanguages(`${TRADITIONAL}\n\n${ENGLISH}`)).toEqual({ languages: ["zh-Hant", "en"], primary: "zh-Hant" });
  });

  it("puts the larger share first", () => {
    expect(detectLanguages(`${SIMPLIFIED}\n\n${ENGLISH.repeat(3)}`)).toEqual({ languages: ["en", "zh-Hans"], primary: "en" });
  });

  it("does not count names glossed in parentheses, addresses or handles as English", () => {
    const glossed = `${TRADITIONAL}川普(Donald Trump)與普京(Vladimir Putin)及魯比奧(Marco Antonio Rubio)通話。pic.twitter.com/abc https://x.example/a/b (@ZelenskyyUa)`;
    expect(detectLanguages(glossed.repeat(3)).languages).toEqual(["zh-Hant"]);
  });

  it("counts an English passage of 200 letters even when its share is small", () => {
    const quote =
      "I had a long and detailed conversation with President Trump. I appreciate his genuine interest in our shared opportunities and how we can bring about real peace together. We discussed many aspects of diplomacy, the military and the economy of Ukraine.";
    const short = quote.slice(0, 150);
    const letters = (text: string) => text.replace(/[^A-Za-z]/g, "").length;
    expect([letters(quote) >= 200, letters(short) < 200]).toEqual([true, true]);
    const longChinese = TRADITIONAL.repeat(40); // 2,000+ Han characters: English is under 5% either way
    expect(detectLanguages(`${longChinese}\n${quote}`).languages).toEqual(["zh-Hant", "en"]);
    expect(detectLanguages(`${longChinese}\n${short}`).languages).toEqual(["zh-Hant"]);
  });

  it("falls back to whatever script a short text has", () => {
    expect(detectLanguages("Hello world")).toEqual({ languages: ["en"], primary: "en" });
    expect(detectLanguages("你好")).toEqual({ languages: ["zh-Hans"], primary: "zh-Hans" });
    expect(detectLanguages("國")).toEqual({ languages: ["zh-Hant"], primary: "zh-Hant" });
    expect(detectLanguages("Привет, мир! 123")).toEqual({ languages: [], primary: null });
    expect(detectLanguages("")).toEqual({ languages: [], primary: null });
  });

  it("judges very long texts on samples with the same result", () => {
    const long = `${TRADITIONAL.repeat(6000)}\n${ENGLISH.repeat(1500)}`;
    expect(long.length).toBeGreaterThan(262_144);
    expect(detectLanguages(long)).toEqual({ languages: ["zh-Hant", "en"], primary: "zh-Hant" });
  });
});

describe("normalizeLanguageTag", () => {
  it.each([
    ["zh-Hant", "zh-Hant"],
    ["zh-TW", "zh-Hant"],
    ["zh_HK", "zh-Hant"],
    ["zh-Hant-TW", "zh-Hant"],
    ["zh-CN", "zh-Hans"],
    ["zh-hans", "zh-Hans"],
    ["zh-SG", "zh-Hans"],
    ["en", "en"],
    ["en-GB", "en"],
    ["EN", "en"],
    ["zh", null],
    ["ru", null],
    ["english", null],
  ])("maps %s to %s", (tag, expected) => {
    expect(normalizeLanguageTag(tag)).toBe(expected);
  });
});
