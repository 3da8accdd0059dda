import type { Db } from "@/lib/server/db";
import { sqlPool } from "@/lib/server/sql-pool";
import { LIVE_EVENTS_CHANNEL, serializeLiveEvent, type TLiveEvent } from "./types";

export type TLiveEventInput = Omit<TLiveEvent, "at"> & { at?: string };

type TBatch = { payloads: string[]; sent: Promise<void>; send: () => void };
type TNotifier = { pending: TBatch | null; inFlight: Promise<void> | null };

const notifiers = new WeakMap<Db, TNotifier>();
const localListeners = new Set<(event: TLiveEvent) => void>();

/**
 * Hears this process's own events as they are published, before PostgreSQL echoes them back, so
 * what this process keeps (the dashboard summaries) never outlives a change it made itself.
 */
export function onPublished(listener: (event: TLiveEvent) => void): () => void {
  localListeners.add(listener);
  return () => void localListeners.delete(listener);
}

// One statement per batch. `synchronous_commit` off for this transaction only: a notification is
// not data and need not wait for the WAL flush — and NOTIFY holds a cluster-wide lock from commit
// until the flush, so a durable commit here would make every notifying transaction queue behind
// the disk (measured: 1,500 → 300 saves/s with 64 clients when saves notified inside their own
// transaction; bench/README.md, "Scale").
const NOTIFY_SQL = `SELECT pg_notify($1, payload) FROM set_config('synchronous_commit', 'off', true), unnest($2::text[]) AS payload`;

function sendBatch(db: Db, notifier: TNotifier, batch: TBatch): void {
  notifier.pending = null;
  const done = sqlPool(db)
    .query({ name: "factdesk-notify", text: NOTIFY_SQL, values: [LIVE_EVENTS_CHANNEL, batch.payloads] })
    .then(
      () => undefined,
      // Best effort, like delivery itself: the change is committed; pages that miss this refresh
      // catch up at their next event or resync.
      (error: unknown) => console.error(`live events: ${batch.payloads.length} notification(s) not sent`, error),
    );
  notifier.inFlight = done;
  void done.then(() => {
    notifier.inFlight = null;
    if (notifier.pending) sendBatch(db, notifier, notifier.pending);
  });
  void done.then(batch.send);
}

/**
 * Announces a committed change to every app process (each one's LISTEN connection fans it out to
 * its SSE streams). Call it after the transaction that made the change has committed: a rolled-back
 * write then announces nothing, and listeners never re-fetch before the change is visible. Events
 * published while a batch is on its way go together in the next one. Resolves once the batch holding
 * this event has been sent; never rejects (a failure is logged).
 */
export function publishEvent(db: Db, event: TLiveEventInput): Promise<void> {
  const full = { ...event, at: event.at ?? new Date().toISOString() };
  const payload = serializeLiveEvent(full);
  for (const listener of localListeners) listener(full);
  let notifier = notifiers.get(db);
  if (!notifier) notifiers.set(db, (notifier = { pending: null, inFlight: null }));
  if (!notifier.pending) {
    let send = () => undefined as void;
    const sent = new Promise<void>((resolve) => (send = resolve));
    notifier.pending = { payloads: [], sent, send };
    const batch = notifier.pending;
    const current = notifier;
    if (!current.inFlight) queueMicrotask(() => current.pending === batch && sendBatch(db, current, batch));
  }
  notifier.pending.payloads.push(payload);
  return notifier.pending.sent;
}
