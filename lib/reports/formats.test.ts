import { describe, expect, it } from "vitest";
import { parseReportFile, reportFileName, reportPath } from "./formats";
import { pgTimestampToIso, sourceDate } from "./timestamps";

describe("report file names", () => {
  it.each([
    ["inv1.csv", { investigationId: "inv1", format: "claimsCsv" }],
    ["inv1.verdicts.csv", { investigationId: "inv1", format: "verdictsCsv" }],
    ["inv1.json", { investigationId: "inv1", format: "json" }],
    ["inv1.claimreview.jsonld", { investigationId: "inv1", format: "claimReview" }],
    ["inv1.pdf", { investigationId: "inv1", format: "pdf" }],
    ["inv1.xlsx", null],
    [".csv", null],
    ["inv1", null],
  ])("%s → %o", (file, expected) => {
    expect(parseReportFile(file)).toEqual(expected);
  });

  it("builds paths with the dashboard's query and ASCII download names", () => {
    expect(reportPath("inv1", "verdictsCsv", "?disputed=true&q=%E6%9C%83")).toBe("/api/v1/reports/inv1.verdicts.csv?disputed=true&q=%E6%9C%83");
    expect(reportPath("inv1", "json")).toBe("/api/v1/reports/inv1.json");
    const now = new Date("2026-11-23T10:00:00Z");
    expect(reportFileName("us-russia-2025", "claimReview", now)).toBe("factdesk-us-russia-2025-claimreview-2026-11-23.jsonld");
    expect(reportFileName('a"b\r\nc', "verdictsCsv", now)).toBe("factdesk-a-b-c-verdicts-2026-11-23.csv");
  });
});

describe("timestamps", () => {
  it("turns PostgreSQL's UTC text into Date#toISOString's form", () => {
    for (const iso of ["2025-02-18T10:00:00.000Z", "2025-02-18T10:00:00.120Z", "2025-02-18T10:00:00.123Z"]) {
      const pg = iso.replace("T", " ").replace(/\.?0*Z$/, "+00");
      expect(pgTimestampToIso(pg)).toBe(iso);
    }
    expect(pgTimestampToIso("2025-02-18 10:00:00.123456+00")).toBe("2025-02-18T10:00:00.123Z");
    expect(pgTimestampToIso("2025-02-18 18:00:00+08")).toBe("2025-02-18T10:00:00.000Z");
  });

  it("gives a source's date alone when it names no time", () => {
    const at = new Date("2025-02-18T00:00:00Z");
    expect(sourceDate(at, false)).toBe("2025-02-18");
    expect(sourceDate(at, true)).toBe("2025-02-18T00:00:00.000Z");
    expect(sourceDate(null, false)).toBeNull();
  });
});
