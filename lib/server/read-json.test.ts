import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { readJsonBody } from "./read-json";

const LIMIT = 64 * 1024;

/** A chunked upload with no Content-Length that never ends on its own; counts what was pulled. */
function endlessBody(headers: Record<string, string> = {}, chunk = new Uint8Array(8 * 1024).fill(0x20)) {
  const state = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulled += chunk.length;
      controller.enqueue(chunk);
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { request: new Request("http://desk.test/api/v1/claims", { method: "POST", body, headers, duplex: "half" } as RequestInit), state };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://desk.test/x", { method: "POST", body, headers });

describe("readJsonBody", () => {
  it("cuts off a chunked body without Content-Length at the limit instead of buffering it all", async () => {
    const { request, state } = endlessBody();
    const error = await failure(readJsonBody(request, LIMIT));
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/larger than/);
    expect(state.cancelled).toBe(true);
    // It stops within a chunk or two (plus the stream's own read-ahead) of the limit.
    expect(state.pulled).toBeLessThanOrEqual(LIMIT + 4 * 8 * 1024);
  });

  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    const { request, state } = endlessBody({ "content-length": String(LIMIT + 1) });
    expect((await failure(readJsonBody(request, LIMIT))).status).toBe(413);
    // Only the stream's own read-ahead of one chunk, nothing read by us.
    expect(state.pulled).toBeLessThanOrEqual(8 * 1024);
  });

  it("counts bytes, not characters: 4-byte characters over the limit are refused", async () => {
    const text = JSON.stringify({ body: "𠮷".repeat(LIMIT / 4) });
    expect(text.length).toBeLessThan(LIMIT);
    expect((await failure(readJsonBody(post(text), LIMIT))).status).toBe(413);
  });

  it("parses a body at exactly the limit, and refuses empty, non-UTF-8 and malformed bodies with a 400 and a message", async () => {
    const exact = JSON.stringify({ body: "x".repeat(LIMIT - 11) });
    expect(new TextEncoder().encode(exact).length).toBe(LIMIT);
    expect(await readJsonBody(post(exact), LIMIT)).toEqual({ body: "x".repeat(LIMIT - 11) });
    for (const bad of [" \n", new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), "{not json", "{\"a\":1}}"]) {
      const error = await failure(readJsonBody(post(bad), LIMIT));
      expect(error.status).toBe(400);
      expect(error.message.length).toBeGreaterThan(10);
    }
  });
});
