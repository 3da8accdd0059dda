import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize";
import { extractFigures } from "./numbers";

const values = (text: string) => extractFigures(Array.from(normalizeText(text))).map((f) => f.value);

describe("extractFigures", () => {
  it("reads digits, with decimals and thousands separators", () => {
    expect(values("歷時4.5小時，2014年以前，1,000人")).toEqual(["4.5", "2014", "1000"]);
  });
  it("reads Chinese numerals before a measure word, and not in words like 一些", () => {
    expect(values("長達四小時的會談")).toEqual(["4"]);
    expect(values("東部四個州")).toEqual(["4"]);
    expect(values("九十分鐘，兩萬人，十二個國家")).toEqual(["90", "20000", "12"]);
    expect(values("一些被占领土，统一战线")).toEqual([]);
  });
  it("reads English number words and magnitudes", () => {
    expect(values("The four-hour meeting")).toEqual(["4"]);
    expect(values("millions of deaths")).toEqual(["~1000000"]);
  });
  it("gives vague Chinese quantities as a magnitude", () => {
    expect(values("數百萬人死亡")).toEqual(["~1000000"]);
    expect(values("数十万军人伤亡")).toEqual(["~100000"]);
  });
  it("gives code-point spans", () => {
    expect(extractFigures(Array.from("約90分鐘"))).toEqual([{ value: "90", start: 1, end: 3 }]);
  });
});
