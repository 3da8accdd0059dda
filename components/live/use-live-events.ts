"use client";

import { useEffect, useRef, useState } from "react";
import { parseLiveEvent, type TLiveEvent } from "@/lib/events/parse-event";
import type { TLiveFilter } from "@/lib/events/types";

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
  onEvent: (event: TLiveEvent) => void,
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
        const event = parseLiveEvent((message as MessageEvent<string>).data);
        if (event) handlers.current.onEvent(event);
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
