// From the writers' strings to the HTTP body: strings are gathered into ~64 KB chunks (one network
// write per chunk instead of per row) and pulled on demand, so a slow reader slows the cursor down
// instead of filling memory.

const CHUNK_CHARS = 16 * 1024;

/** Concatenates consecutive strings until a chunk holds at least `size` characters. */
export async function* chunked(parts: AsyncIterable<string>, size = CHUNK_CHARS): AsyncGenerator<string> {
  let buffer: string[] = [];
  let length = 0;
  for await (const part of parts) {
    buffer.push(part);
    length += part.length;
    if (length >= size) {
      yield buffer.join("");
      buffer = [];
      length = 0;
    }
  }
  if (length > 0) yield buffer.join("");
}

/**
 * A pull-based byte stream over `chunks`. The first chunk is read before returning, so that the
 * statement's first batch has run: a failing query or an unreachable database is still an ordinary
 * error response rather than a 200 that breaks off. A failure later on errors the stream (the
 * download fails visibly) and is logged; a cancelled download stops the generator, which closes
 * the cursor.
 */
export async function toByteStream(chunks: AsyncIterable<string>): Promise<ReadableStream<Uint8Array>> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const first = await iterator.next();
  let pending: IteratorResult<string> | null = first;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = pending ?? (await iterator.next());
        pending = null;
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error("Report export failed part-way", error);
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
