import { AppError } from "../server/errors";

// The gate every uploaded file passes before any parsing: size, binary content and UTF-8 are
// checked on the bytes, and a refusal names the file and says what is wrong with it.

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type TRefusalReason = "EMPTY" | "TOO_LARGE" | "BINARY" | "INVALID_UTF8" | "UNSUPPORTED_TYPE" | "NO_TEXT";

/** A file the importer will not take. An AppError, so routes answer it as 413/422 without extra mapping. */
export class ImportRefusedError extends AppError {
  readonly fileName: string;
  readonly reason: TRefusalReason;

  constructor(fileName: string, reason: TRefusalReason, explanation: string) {
    super(reason === "TOO_LARGE" ? "PAYLOAD_TOO_LARGE" : "UNPROCESSABLE", `${fileName}: ${explanation}`, { fileName, reason });
    this.name = "ImportRefusedError";
    this.fileName = fileName;
    this.reason = reason;
  }
}

// Text files carry tabs, newlines, form feeds and the odd escape; anything else below 0x20 is rare.
const isControlByte = (b: number) => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;
const MAX_CONTROL_SHARE = 0.05;

/** Checks the bytes and returns the text, without a byte-order mark. Throws ImportRefusedError. */
export function decodeSourceBytes(fileName: string, bytes: Uint8Array): string {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bytes.length === 0 || (hasBom && bytes.length === 3)) throw new ImportRefusedError(fileName, "EMPTY", "the file is empty");
  if (bytes.length > MAX_IMPORT_BYTES) {
    const size = (bytes.length / (1024 * 1024)).toFixed(1);
    throw new ImportRefusedError(fileName, "TOO_LARGE", `the file is too large (${size} MB; the limit is 5 MB)`);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportRefusedError(fileName, "INVALID_UTF8", "not valid UTF-8 text (it is UTF-16; save it as UTF-8)");
  }
  let controls = 0;
  for (const byte of bytes) {
    if (byte === 0) throw new ImportRefusedError(fileName, "BINARY", "this is a binary file, not text (it contains NUL bytes)");
    if (isControlByte(byte)) controls += 1;
  }
  if (controls / bytes.length > MAX_CONTROL_SHARE) {
    throw new ImportRefusedError(fileName, "BINARY", "this is a binary file, not text (too many control characters)");
  }
  try {
    // The decoder drops a leading byte-order mark itself (ignoreBOM defaults to false).
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    throw new ImportRefusedError(fileName, "INVALID_UTF8", `not valid UTF-8 text (invalid byte at offset ${offset})`);
  }
}

/**
 * Offset of the first byte that starts an ill-formed UTF-8 sequence (Unicode table 3-7: no overlong
 * forms, no surrogates, nothing above U+10FFFF). TextDecoder says only that one exists.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return -1;
}
