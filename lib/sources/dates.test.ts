import { describe, expect, it } from "vitest";
import { findDateInText, isDateOnlyLine, parseDateValue } from "./dates";

const iso = (found: { date: Date; hasTime: boolean } | null) => (found ? [found.date.toISOString(), found.hasTime] : null);

describe("parseDateValue", () => {
  it.each([
    ["2025-02-20", ["2025-02-20T00:00:00.000Z", false]],
    ["2025-02-21T10:14:03", ["2025-02-21T10:14:03.000Z", true]],
    ["2025-02-14 08:41:48", ["2025-02-14T08:41:48.000Z", true]],
    ["2025-02-21T10:14", ["2025-02-21T10:14:00.000Z", true]],
    ["2025-02-21T10:14:03Z", ["2025-02-21T10:14:03.000Z", true]],
    ["2025-02-21T18:14:03+08:00", ["2025-02-21T10:14:03.000Z", true]],
    ["2025-02-21T05:14:03-0500", ["2025-02-21T10:14:03.000Z", true]],
    ["2025-02-30", null],
    ["2025-02-21T24:00:00", null],
    ["Feb 20, 2025", null],
    ["", null],
  ])("reads %s as UTC", (value, expected) => {
    expect(iso(parseDateValue(value))).toEqual(expected);
  });

  it("accepts the Date objects YAML makes of unquoted dates", () => {
    expect(iso(parseDateValue(new Date("2025-02-14T00:00:00Z")))).toEqual(["2025-02-14T00:00:00.000Z", false]);
    expect(iso(parseDateValue(new Date("2025-02-14T08:41:48Z")))).toEqual(["2025-02-14T08:41:48.000Z", true]);
    expect(parseDateValue(new Date("nonsense"))).toBeNull();
    expect(parseDateValue(20250214)).toBeNull();
  });
});

describe("findDateInText", () => {
  it.each([
    ["2025-02-20", ["2025-02-20T00:00:00.000Z", false]],
    ["发布时间:2025-02-21 10:14:03 作者:xjh", ["2025-02-21T10:14:03.000Z", true]],
    ["【看中國2025年2月13日訊】(看中國記者)", ["2025-02-13T00:00:00.000Z", false]],
    ["2025 年 2 月 13 日 10:14", ["2025-02-13T10:14:00.000Z", true]],
    ["2025年2月13日10时14分", ["2025-02-13T10:14:00.000Z", true]],
    ["Posted 2025/2/3", ["2025-02-03T00:00:00.000Z", false]],
    ["2025年2月,在俄羅斯入侵烏克蘭", null],
    ["共12025-02-20件", null],
    ["2025-13-01 and 2025-02-29", null],
  ])("finds the date in %s", (line, expected) => {
    expect(iso(findDateInText(line))).toEqual(expected);
  });

  it("takes the earliest date of a line and looks only at the opening lines", () => {
    expect(iso(findDateInText("2025年2月13日 and 2024-01-01"))).toEqual(["2025-02-13T00:00:00.000Z", false]);
    expect(findDateInText(`${"段落。\n\n".repeat(15)}2025-02-20`)).toBeNull();
    expect(iso(findDateInText(`${"段落。\n\n".repeat(14)}2025-02-20`))).toEqual(["2025-02-20T00:00:00.000Z", false]);
  });
});

describe("isDateOnlyLine", () => {
  it("is true only for a line that is nothing but a date", () => {
    expect(isDateOnlyLine(" 2025-03-07 14:42:16 ")).toBe(true);
    expect(isDateOnlyLine("2025年2月13日")).toBe(true);
    expect(isDateOnlyLine("2025-02-20 会谈")).toBe(false);
    expect(isDateOnlyLine("截至2025-02-20")).toBe(false);
  });
});
