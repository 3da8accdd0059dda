// Publication dates as sources state them. Sources rarely name a time zone, so a date without one
// is read as UTC: the same file then always yields the same instant, whatever the server's zone.

export type TFoundDate = { date: Date; hasTime: boolean };

// "2025-02-20", "2025/2/20", "2025-02-21 10:14:03", "2025-02-21T10:14"
const NUMERIC = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d))?/;
// "2025年2月13日", "2025 年 2 月 13 日 10:14", "2025年2月13日10时14分"
const CHINESE = /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號](?:\s*(\d{1,2})\s*[:：時时点點]\s*(\d{2})(?:\s*[:：分]\s*(\d{2}))?)?/;
// A whole value from a manifest or front matter; an explicit offset ("Z", "+08:00") is honoured.
const ISO_VALUE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Builds a UTC date from calendar parts, or null when they name no real day or time. */
function utc(parts: (string | undefined)[]): TFoundDate | null {
  const [year, month, day, hour, minute, second] = parts.map((part) => (part === undefined ? undefined : Number(part)));
  if (year === undefined || month === undefined || day === undefined) return null;
  const hasTime = hour !== undefined && minute !== undefined;
  const h = hour ?? 0;
  const m = minute ?? 0;
  const s = second ?? 0;
  if (h > 23 || m > 59 || s > 59) return null;
  const date = new Date(Date.UTC(year, month - 1, day, h, m, s));
  // Date.UTC rolls 2025-02-30 over into March; a real date survives the round trip.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { date, hasTime };
}

/** Parses a date or date-time value as written in a manifest or front matter. */
export function parseDateValue(value: unknown): TFoundDate | null {
  if (value instanceof Date) {
    // YAML turns an unquoted 2025-02-14 into midnight UTC; any other instant carries a time.
    if (Number.isNaN(value.getTime())) return null;
    const hasTime = value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() > 0;
    return { date: value, hasTime };
  }
  if (typeof value !== "string") return null;
  const match = ISO_VALUE.exec(value.trim());
  if (!match) return null;
  const found = utc(match.slice(1, 7));
  const zone = match[7];
  if (!found || !zone || zone.toUpperCase() === "Z") return found;
  const [, sign, hh, mm] = /^([+-])(\d{2}):?(\d{2})$/.exec(zone) ?? [];
  const offsetMinutes = (Number(hh) * 60 + Number(mm)) * (sign === "-" ? -1 : 1);
  return { date: new Date(found.date.getTime() - offsetMinutes * 60_000), hasTime: found.hasTime };
}

/** The first valid date in the first `maxLines` non-blank lines of `text` (where sources print it). */
export function findDateInText(text: string, maxLines = 15): TFoundDate | null {
  const lines = text.split("\n").filter((line) => line.trim() !== "").slice(0, maxLines);
  for (const line of lines) {
    const candidates = [NUMERIC.exec(line), CHINESE.exec(line)]
      .filter((match): match is RegExpExecArray => match !== null)
      .sort((a, b) => a.index - b.index);
    for (const match of candidates) {
      const found = utc(match.slice(1, 7));
      if (found) return found;
    }
  }
  return null;
}

/** True when the whole line is a date or date-time and nothing else (a dateline, not prose). */
export function isDateOnlyLine(line: string): boolean {
  const trimmed = line.trim();
  for (const pattern of [NUMERIC, CHINESE]) {
    const match = pattern.exec(trimmed);
    if (match && match.index === 0 && match[0].length === trimmed.length) return true;
  }
  return false;
}
