import { describe, expect, it } from "vitest";
import { fileNameFor } from "./import-text";

describe("fileNameFor", () => {
  it("turns a title of any script into a .txt file name", () => {
    expect(fileNameFor("Riyadh talks: Day 2!")).toBe("riyadh-talks-day-2.txt");
    expect(fileNameFor("美俄就烏克蘭實現和平的談判")).toBe("美俄就烏克蘭實現和平的談判.txt");
    expect(fileNameFor("???")).toBe("pasted-text.txt");
  });

  it("keeps names short without splitting a character", () => {
    const name = fileNameFor("𠀀".repeat(100));
    expect([...name.replace(/\.txt$/, "")]).toHaveLength(80);
    expect(name).not.toMatch(/\uFFFD/);
  });
});
