// Counting an export's rows as its bytes arrive, for the download progress bar: pure, so it runs
// in the browser and in unit tests alike. Every format ends each row with a line break — CSV
// records with CRLF (a line break inside a quoted cell is a bare LF, and counts only if the text
// itself held a CRLF), the JSON formats one claim per line — so rows are line breaks minus the
// header line, capped at the total the server announced.
import type { TReportFormat } from "./formats";

const CR = 0x0d;
const LF = 0x0a;

export function createRowCounter(format: TReportFormat): (chunk: Uint8Array) => number {
  const csv = format === "claimsCsv" || format === "verdictsCsv";
  let breaks = 0;
  let previous = 0;
  return (chunk) => {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (byte === LF && (!csv || previous === CR)) breaks++;
      previous = byte;
    }
    return Math.max(0, breaks - 1);
  };
}

/** "1.2 MB", "980 kB", "512 B" (decimal units, as browsers show downloads); the figure in the UI's locale. */
export function formatBytes(bytes: number, locale = "en"): string {
  const figure = (value: number, digits: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  if (bytes < 1000) return `${figure(bytes, 0)} B`;
  if (bytes < 1_000_000) return `${figure(Math.round(bytes / 1000), 0)} kB`;
  return `${figure(bytes / 1_000_000, 1)} MB`;
}

/** The file name a Content-Disposition header gives, or null. */
export function dispositionFileName(header: string | null): string | null {
  const match = header ? /filename="([^"]+)"/.exec(header) : null;
  return match?.[1] ?? null;
}
