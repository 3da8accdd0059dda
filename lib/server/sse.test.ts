import { afterEach, describe, expect, it, vi } from "vitest";
import type { TLiveEvent, TLiveMessage } from "@/lib/events/types";
import { AppError } from "./errors";
import { parseLiveFilter, sseResponse } from "./sse";

const event: TLiveEvent = { type: "claim.created", investigationId: "inv1", claimId: "clm1", actorId: "usr1", at: "2026-11-23T10:00:00.000Z" };

/** A stand-in for the process's hub: hands the test the listener and records unsubscribing. */
function fakeSubscription() {
  const state: { listener?: (message: TLiveMessage) => void; unsubscribed: number } = { unsubscribed: 0 };
  const subscribe = (listener: (message: TLiveMessage) => void) => {
    state.listener = listener;
    return () => void (state.unsubscribed += 1);
  };
  const emit = (message: TLiveMessage) => state.listener!(message);
  return { state, subscribe, emit };
}

function open(options: { heartbeatMs?: number } = {}) {
  const fake = fakeSubscription();
  const abort = new AbortController();
  const response = sseResponse({ subscribe: fake.subscribe, signal: abort.signal, ...options });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const read = async () => {
    const chunk = await reader.read();
    return chunk.done ? null : decoder.decode(chunk.value);
  };
  return { ...fake, abort, response, reader, read };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("sseResponse", () => {
  it("answers with an uncached, unbuffered event stream that starts with retry", async () => {
    const { response, read, abort } = open();
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(response.headers.get("connection")).toBe("keep-alive");
    expect(response.headers.get("x-accel-buffering")).toBe("no");
    expect(await read()).toBe("retry: 2000\n\n");
    abort.abort();
  });

  it("sends the frames of one burst (one turn of the event loop) as one chunk, in order", async () => {
    const { emit, read, abort } = open();
    await read();
    emit({ kind: "change", event });
    emit({ kind: "change", event: { ...event, claimId: "clm2" } });
    emit({ kind: "change", event: { ...event, claimId: "clm3" } });
    const chunk = await read();
    expect(chunk?.match(/^id: \d+$/gm)).toEqual(["id: 1", "id: 2", "id: 3"]);
    expect(chunk?.indexOf('"clm2"')).toBeLessThan(chunk?.indexOf('"clm3"') ?? -1);
    abort.abort();
  });

  it("sends ready, each change with an increasing id, and resync", async () => {
    const { emit, read, abort } = open();
    await read();
    emit({ kind: "ready" });
    expect(await read()).toBe("event: ready\ndata: {}\n\n");
    emit({ kind: "change", event });
    expect(await read()).toBe(`id: 1\nevent: change\ndata: ${JSON.stringify(event)}\n\n`);
    emit({ kind: "change", event: { ...event, type: "claim.updated" } });
    expect(await read()).toMatch(/^id: 2\nevent: change\ndata: \{"type":"claim.updated"/);
    emit({ kind: "resync" });
    expect(await read()).toBe("event: resync\ndata: {}\n\n");
    abort.abort();
  });

  it("sends a heartbeat comment every period", async () => {
    vi.useFakeTimers();
    const { read, abort } = open({ heartbeatMs: 15_000 });
    await read();
    vi.advanceTimersByTime(15_000);
    expect(await read()).toBe(": ping\n\n");
    vi.advanceTimersByTime(15_000);
    expect(await read()).toBe(": ping\n\n");
    abort.abort();
  });

  it("ends the stream, unsubscribes and stops the heartbeat when the request aborts", async () => {
    vi.useFakeTimers();
    const { state, emit, read, abort } = open({ heartbeatMs: 1_000 });
    await read();
    abort.abort();
    expect(await read()).toBeNull();
    expect(state.unsubscribed).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
    expect(() => emit({ kind: "change", event })).not.toThrow();
  });

  it("unsubscribes when the reader cancels", async () => {
    const { state, reader, read } = open();
    await read();
    await reader.cancel();
    expect(state.unsubscribed).toBe(1);
  });

  it("closes at once when the request was already aborted", async () => {
    const fake = fakeSubscription();
    const response = sseResponse({ subscribe: fake.subscribe, signal: AbortSignal.abort() });
    const text = await response.text();
    expect(text).toBe("retry: 2000\n\n");
    expect(fake.state.unsubscribed).toBe(1);
  });
});

describe("parseLiveFilter", () => {
  it("keeps the given ids and ignores empty ones", () => {
    expect(parseLiveFilter(new URLSearchParams("investigationId=inv1&sourceId=&claimId=clm1"))).toEqual({ investigationId: "inv1", claimId: "clm1" });
  });

  it("refuses a request without any id", () => {
    for (const query of ["", "sourceId=", "other=1"]) {
      const error = (() => {
        try {
          parseLiveFilter(new URLSearchParams(query));
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("BAD_REQUEST");
    }
  });

  it("refuses ids too long to be ours", () => {
    expect(() => parseLiveFilter(new URLSearchParams(`claimId=${"x".repeat(500)}`))).toThrow(AppError);
  });
});
