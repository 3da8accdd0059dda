/**
 * A request body's first `limit` bytes, read as it streams; `truncated` when there was more (the
 * rest is never read). However a client sends it — chunked, or with a Content-Length that lies —
 * the server holds at most `limit` bytes of it.
 */
export async function readBodyPrefix(request: Request, limit: number): Promise<{ bytes: Uint8Array<ArrayBuffer>; truncated: boolean }> {
  if (!request.body) return { bytes: new Uint8Array(0), truncated: false };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total + value.length > limit) {
      chunks.push(value.subarray(0, limit - total));
      await reader.cancel().catch(() => {});
      return { bytes: concat(chunks, limit), truncated: true };
    }
    chunks.push(value);
    total += value.length;
  }
  return { bytes: concat(chunks, total), truncated: false };
}

function concat(chunks: Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
