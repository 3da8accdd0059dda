// Figures written in digits, Chinese numerals or English words, as comparable values: "四小時",
// "4 hours" and "four-hour" all give 4; "數百萬" and "millions" give a magnitude (1e6).

const ZH_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const EN_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, ninety: 90, hundred: 100, thousand: 1000,
};
const EN_MAGNITUDES: Record<string, number> = { hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9, million: 1e6, billion: 1e9 };
// A Chinese numeral only counts as a figure before a measure word: 一些 ("some") and 一位 are not.
const MEASURE = /^(小时|分钟|个|名|年|州|国|天|日|月|次|倍|人|万|亿|周|架|枚|项|点|成|%)/;

export type TFigure = { value: string; start: number; end: number };

/** Figures in normalized text (Simplified, lower-case), with code-point spans. */
export function extractFigures(chars: string[]): TFigure[] {
  const figures: TFigure[] = [];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (/[0-9]/.test(char) && !(i > 0 && /[0-9.]/.test(chars[i - 1]!))) {
      let end = i;
      while (end < chars.length && (/[0-9]/.test(chars[end]!) || ((chars[end] === "." || chars[end] === ",") && /[0-9]/.test(chars[end + 1] ?? "")))) end++;
      figures.push({ value: chars.slice(i, end).join("").replaceAll(",", ""), start: i, end });
      i = end - 1;
    } else if ((char in ZH_DIGITS || char in ZH_UNITS || char === "数" || char === "几") && !(i > 0 && isZhNumeral(chars[i - 1]!))) {
      let end = i;
      while (end < chars.length && (isZhNumeral(chars[end]!) || chars[end] === "数" || chars[end] === "几")) end++;
      const run = chars.slice(i, end).join("");
      if (!MEASURE.test(chars.slice(end, end + 2).join("")) && !/[万亿]$/.test(run)) { i = end - 1; continue; }
      const value = parseZh(run);
      if (value !== null) figures.push({ value, start: i, end });
      i = end - 1;
    } else if (/[a-z]/.test(char) && !(i > 0 && /[a-z]/.test(chars[i - 1]!))) {
      let end = i;
      while (end < chars.length && /[a-z]/.test(chars[end]!)) end++;
      const word = chars.slice(i, end).join("");
      if (word in EN_WORDS) figures.push({ value: String(EN_WORDS[word]), start: i, end });
      else if (word in EN_MAGNITUDES) figures.push({ value: `~${EN_MAGNITUDES[word]}`, start: i, end });
      i = end - 1;
    }
  }
  return figures;
}

const isZhNumeral = (c: string) => c in ZH_DIGITS || c in ZH_UNITS;

/** 四 → 4, 十二 → 12, 九十 → 90, 兩萬 → 20000; 數百萬 / 几十万 → an order of magnitude "~1000000". */
function parseZh(run: string): string | null {
  if (run.startsWith("数") || run.startsWith("几")) {
    const magnitude = [...run.slice(1)].reduce((m, c) => m * (ZH_UNITS[c] ?? 1), 1);
    return magnitude > 1 ? `~${magnitude}` : null;
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of run) {
    if (c in ZH_DIGITS) digit = ZH_DIGITS[c]!;
    else {
      const unit = ZH_UNITS[c]!;
      if (unit >= 1e4) {
        total += (section + digit) * unit;
        section = 0;
      } else section += (digit || 1) * unit;
      digit = 0;
    }
  }
  return String(total + section + digit);
}
