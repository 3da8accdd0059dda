import { AppError } from "./errors";
import { readBodyPrefix } from "./read-body";

/**
 * A request's JSON body, read as it streams and cut off at `maxBytes`: a client that sends no
 * Content-Length (chunked) or lies about it still cannot make the server buffer more than the limit.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const limit = maxBytes >= 1024 * 1024 ? `${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(maxBytes / 1024)} KB`;
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${limit}.`);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  const { bytes, truncated } = await readBodyPrefix(request, maxBytes);
  if (truncated) throw tooLarge();
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid UTF-8: send JSON encoded as UTF-8.");
  }
  if (!text.trim()) throw new AppError("BAD_REQUEST", "Send a JSON body with Content-Type: application/json.");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
}
