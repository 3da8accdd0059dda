import { ZLiveFilter, type TLiveFilter, type TLiveMessage } from "@/lib/events/types";
import { AppError } from "./errors";

/** A subscription already bound to the request's filter; returns its unsubscribe function. */
export type TStreamSubscribe = (listener: (message: TLiveMessage) => void) => () => void;

export const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  connection: "keep-alive",
  // Tells nginx-style proxies not to buffer the stream, which would delay every event.
  "x-accel-buffering": "no",
} as const;

/** Browsers wait this long before reconnecting a dropped stream. */
export const SSE_RETRY_MS = 2_000;
export const SSE_HEARTBEAT_MS = 15_000;

/**
 * `?investigationId=&sourceId=&claimId=`, at least one of them: an unfiltered stream would wake every
 * page for every change in every investigation. Empty values count as absent.
 */
export function parseLiveFilter(params: URLSearchParams): TLiveFilter {
  const raw = Object.fromEntries(
    (["investigationId", "sourceId", "claimId"] as const).flatMap((key) => {
      const value = params.get(key);
      return value ? [[key, value]] : [];
    }),
  );
  const parsed = ZLiveFilter.safeParse(raw);
  if (!parsed.success) throw new AppError("BAD_REQUEST", "The ids in the query are not valid.");
  if (Object.keys(parsed.data).length === 0) {
    throw new AppError("BAD_REQUEST", "Give at least one of investigationId, sourceId or claimId.");
  }
  return parsed.data;
}

function frame(message: TLiveMessage, id: number): string {
  // EventSource only dispatches an event that has a data line, hence `data: {}`.
  if (message.kind === "change") return `id: ${id}\nevent: change\ndata: ${JSON.stringify(message.event)}\n\n`;
  return `event: ${message.kind}\ndata: {}\n\n`;
}

/**
 * A `text/event-stream` response fed by `subscribe`: `retry:` first, then `ready` once the listener
 * is active, `change` per event, `resync` after the listener reconnected, and a `: ping` comment every
 * 15 s so proxies and load balancers do not close an idle connection. Ends when `signal` aborts.
 */
export function sseResponse({
  subscribe,
  signal,
  heartbeatMs = SSE_HEARTBEAT_MS,
}: {
  subscribe: TStreamSubscribe;
  signal: AbortSignal;
  heartbeatMs?: number;
}): Response {
  const encoder = new TextEncoder();
  let cleanup = (): void => undefined;

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let nextId = 1;
      // Frames produced in one turn (PostgreSQL delivers notifications in bursts) leave as one chunk:
      // under a steady load each stream chunk costs more than the frames in it.
      let pending = "";
      const flush = () => {
        if (!closed && pending) controller.enqueue(encoder.encode(pending));
        pending = "";
      };
      const send = (text: string) => {
        if (closed) return;
        if (!pending) queueMicrotask(flush);
        pending += text;
      };
      send(`retry: ${SSE_RETRY_MS}\n\n`);
      const unsubscribe = subscribe((message) => send(frame(message, message.kind === "change" ? nextId++ : 0)));
      const heartbeat = setInterval(() => send(": ping\n\n"), heartbeatMs);
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        signal.removeEventListener("abort", onAbort);
      };
      const onAbort = () => {
        const wasOpen = !closed;
        flush();
        cleanup();
        if (wasOpen) controller.close();
      };
      if (signal.aborted) onAbort();
      else signal.addEventListener("abort", onAbort, { once: true });
    },
    // The reader went away (client disconnected) without the signal firing.
    cancel() {
      cleanup();
    },
  });

  return new Response(stream, { headers: SSE_HEADERS });
}
