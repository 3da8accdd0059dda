// PostgreSQL's text form of a timestamptz in a UTC session ("2025-02-18 10:00:00.12+00") as the
// ISO 8601 string Date#toISOString would give ("2025-02-18T10:00:00.120Z"), without building a Date.
const FRACTION_PAD = ["000", "00", "0", ""];

// String slicing, not a RegExp: it runs twice for each of millions of exported rows.
export function pgTimestampToIso(text: string): string {
  const length = text.length;
  if (length < 22 || text.charCodeAt(10) !== 32 || !text.endsWith("+00")) return new Date(text).toISOString(); // another zone or form: let Date read it
  const fraction = text.charCodeAt(19) === 46 ? text.slice(20, length - 3) : "";
  const millis = fraction.length >= 3 ? fraction.slice(0, 3) : fraction + FRACTION_PAD[fraction.length];
  return `${text.slice(0, 10)}T${text.slice(11, 19)}.${millis}Z`;
}

/** A source's publication date as the source gives it: the day only when it names no time. */
export function sourceDate(publishedAt: Date | string | null, hasTime: boolean): string | null {
  if (!publishedAt) return null;
  const iso = typeof publishedAt === "string" ? publishedAt : publishedAt.toISOString();
  return hasTime ? iso : iso.slice(0, 10);
}
