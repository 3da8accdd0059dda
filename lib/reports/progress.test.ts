import { describe, expect, it } from "vitest";
import { createRowCounter, dispositionFileName, formatBytes } from "./progress";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("row counter", () => {
  it("counts CSV records by CRLF, across chunk boundaries and not at bare newlines inside cells", () => {
    const count = createRowCounter("verdictsCsv");
    expect(count(bytes("\uFEFFa,b\r"))).toBe(0);
    expect(count(bytes("\n1,\"x\ny\"\r\n2,會"))).toBe(1);
    expect(count(bytes("\r\n"))).toBe(2);
  });

  it("counts JSON claims by line", () => {
    const count = createRowCounter("json");
    expect(count(bytes('{"claims":[\n{"id":"a"},\n{"id":"b"}'))).toBe(1);
    expect(count(bytes("\n]"))).toBe(2);
  });
});

describe("download helpers", () => {
  it("formats sizes and reads the file name", () => {
    expect([formatBytes(512), formatBytes(980_400), formatBytes(12_345_678)]).toEqual(["512 B", "980 kB", "12.3 MB"]);
    expect([formatBytes(4_321_000_000, "en"), formatBytes(4_321_000_000, "zh-Hant"), formatBytes(4_321_000_000, "de")]).toEqual(["4,321.0 MB", "4,321.0 MB", "4.321,0 MB"]);
    expect(dispositionFileName('attachment; filename="factdesk-x-claims-2026-11-23.csv"')).toBe("factdesk-x-claims-2026-11-23.csv");
    expect(dispositionFileName(null)).toBeNull();
  });
});
