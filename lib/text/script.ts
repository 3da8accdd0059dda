// Phrase-level script conversion for display (reading a Traditional source in Simplified, or the
// reverse). Unlike normalizeText it may change length, so it is never used for offsets.
import OpenCC from "opencc-js";

type TConvert = (text: string) => string;
let toHans: TConvert | undefined;
let toHant: TConvert | undefined;

export function convertScript(text: string, target: "zh-Hans" | "zh-Hant"): string {
  if (target === "zh-Hans") return (toHans ??= OpenCC.Converter({ from: "tw", to: "cn" }))(text);
  return (toHant ??= OpenCC.Converter({ from: "cn", to: "tw" }))(text);
}
