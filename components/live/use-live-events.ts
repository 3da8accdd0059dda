"use client";

import { useEffect, useRef, useState } from "react";
import type { TLiveEvent, TLiveFilter } from "@/lib/events/types";

/** What the browser reads of a change: who made it. */
export type TLiveChange = Pick<TLiveEvent, "actorId">;

/** `connecting` until the first `ready`; `reconnecting` between a drop and the next `ready`. */
export type TLiveStatus = "connecting" | "live" | "reconnecting";

const MIN_REOPEN_MS = 1_000;
const MAX_REOPEN_MS = 30_000;

/**
 * Listens to `/api/events` for the given ids. `onEvent` runs per change; `onResync` runs whenever
 * events may have been missed (the browser reconnected the stream, or the server's listener did),
 * so the caller should re-fetch everything it shows. Handlers may change between renders without
 * reopening the stream; only a change of ids does.
 */
export function useLiveEvents(
  filter: TLiveFilter,
  onEvent: (change: TLiveChange) => void,
  onResync?: () => void,
): TLiveStatus {
  const [status, setStatus] = useState<TLiveStatus>("connecting");
  const handlers = useRef({ onEvent, onResync });
  useEffect(() => {
    handlers.current = { onEvent, onResync };
  });

  const { investigationId, sourceId, claimId } = filter;
  useEffect(() => {
    const params = new URLSearchParams();
    if (investigationId) params.set("investigationId", investigationId);
    if (sourceId) params.set("sourceId", sourceId);
    if (claimId) params.set("claimId", claimId);
    if (params.size === 0) return;
    const url = `/api/events?${params}`;

    let source: EventSource | null = null;
    let reopenTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let hadReady = false;

    const open = () => {
      const current = new EventSource(url);
      source = current;
      current.addEventListener("ready", () => {
        failures = 0;
        setStatus("live");
        // A second `ready` means a new stream: whatever happened in between was not delivered.
        if (hadReady) handlers.current.onResync?.();
        hadReady = true;
      });
      current.addEventListener("resync", () => {
        setStatus("live");
        handlers.current.onResync?.();
      });
      current.addEventListener("change", (message) => {
        const change = readChange((message as MessageEvent<string>).data);
        if (change) handlers.current.onEvent(change);
      });
      current.addEventListener("error", () => {
        setStatus("reconnecting");
        // The browser retries by itself unless the response was not a stream (401, 503, a proxy
        // error page); then the EventSource is CLOSED for good and we open a new one, backing off.
        if (current.readyState !== EventSource.CLOSED) return;
        current.close();
        const delay = Math.min(MIN_REOPEN_MS * 2 ** failures, MAX_REOPEN_MS);
        failures += 1;
        reopenTimer = setTimeout(open, delay);
      });
    };

    open();
    return () => {
      clearTimeout(reopenTimer);
      source?.close();
    };
  }, [investigationId, sourceId, claimId]);

  return status;
}

/**
 * The server validated the event (parseLiveEvent) before sending it to this stream, so the browser
 * reads only the field it uses, which keeps the full validator out of every page's JavaScript.
 */
function readChange(data: string): TLiveChange | null {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value !== "object" || value === null) return null;
    const { actorId } = value as { actorId?: unknown };
    return typeof actorId === "string" || actorId === null ? { actorId } : null;
  } catch {
    return null;
  }
}
