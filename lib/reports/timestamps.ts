// PostgreSQL's text form of a timestamptz in a UTC session ("2025-02-18 10:00:00.12+00") as the
// ISO 8601 string Date#toISOString would give ("2025-02-18T10:00:00.120Z"), without building a Date.
const PG_UTC = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?\+00$/;

export function pgTimestampToIso(text: string): string {
  const match = PG_UTC.exec(text);
  if (!match) return new Date(text).toISOString(); // another zone or form: let Date read it
  const fraction = (match[3] ?? "").padEnd(3, "0").slice(0, 3);
  return `${match[1]}T${match[2]}.${fraction}Z`;
}

/** A source's publication date as the source gives it: the day only when it names no time. */
export function sourceDate(publishedAt: Date | null, hasTime: boolean): string | null {
  if (!publishedAt) return null;
  const iso = publishedAt.toISOString();
  return hasTime ? iso : iso.slice(0, 10);
}
