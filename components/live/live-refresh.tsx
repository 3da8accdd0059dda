"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";
import { useLiveEvents, type TLiveChange } from "./use-live-events";

type Props = {
  investigationId?: string;
  sourceId?: string;
  claimId?: string;
  /** The signed-in user's id: their own changes are skipped, the page that made them already shows them. */
  selfId?: string;
  /** Translated by the caller (live.connected, live.reconnecting). */
  connectedLabel: string;
  reconnectingLabel: string;
  /** How long a burst of events is gathered into one refresh (a steady stream refreshes this often). */
  delayMs?: number;
  /** Set when the page shows figures the server marked as stale: each new value asks for one more refresh. */
  catchUpKey?: string | undefined;
};


/**
 * Re-renders the current server page when something it shows changed elsewhere. A burst of events
 * (an import creating many claims) costs one refresh: the first event schedules it, later ones within
 * the window join it. Scheduling is never pushed back, so a steady stream still refreshes every
 * `delayMs` (200 ms by default).
 */
export function LiveRefresh({ investigationId, sourceId, claimId, selfId, connectedLabel, reconnectingLabel, delayMs = 200, catchUpKey }: Props) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refresh = useCallback(() => {
    if (timer.current !== undefined) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      router.refresh();
    }, delayMs);
  }, [router, delayMs]);
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (catchUpKey !== undefined) refresh();
  }, [catchUpKey, refresh]);

  const onEvent = useCallback(
    (change: TLiveChange) => {
      if (selfId !== undefined && change.actorId === selfId) return;
      refresh();
    },
    [selfId, refresh],
  );
  const status = useLiveEvents({ investigationId, sourceId, claimId }, onEvent, refresh);

  const label = status === "live" ? connectedLabel : status === "reconnecting" ? reconnectingLabel : "";
  const dot = status === "live" ? "bg-emerald-500" : status === "reconnecting" ? "bg-amber-500" : "bg-slate-300";
  return (
    <span className="inline-flex items-center gap-1.5 text-xs text-slate-600" data-live-status={status}>
      <span aria-hidden="true" className={`inline-block h-2 w-2 rounded-full ${dot}`} />
      <span aria-live="polite">{label}</span>
    </span>
  );
}
