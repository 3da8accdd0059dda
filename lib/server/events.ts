import pg from "pg";
import { LIVE_EVENTS_CHANNEL, matchesSubscription, parseLiveEvent, type TLiveFilter, type TLiveMessage } from "@/lib/events/types";
import { directDatabaseUrl } from "./env";

export type TLiveListener = (message: TLiveMessage) => void;
export type TSubscribe = (filter: TLiveFilter, listener: TLiveListener) => () => void;

export type TLiveEventHubOptions = {
  connectionString: string;
  /** How long the connection stays open after the last subscriber left (a page reload re-subscribes at once). */
  graceMs?: number;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** A cheap query on this period detects a connection that died silently (no RST, e.g. a NAT timeout). */
  pingMs?: number;
};

type Subscriber = { filter: TLiveFilter; listener: TLiveListener; live: boolean };

/** Shown in pg_stat_activity, so operators (and tests) can tell the listener from Prisma's pool. */
export const LISTENER_APPLICATION_NAME = "factdesk-events";

/**
 * One LISTEN connection per process, shared by every SSE stream in it. It is a dedicated pg.Client,
 * not one of Prisma's pooled connections: a LISTEN belongs to a session, and a pool would hand that
 * session to other queries or close it. It must reach PostgreSQL directly, not via a transaction-mode
 * pooler (it uses DATABASE_DIRECT_URL when that is set). It opens with the first subscriber and
 * closes `graceMs` after the last one left, so an idle process holds no connection; when it drops it
 * reconnects with backoff and tells subscribers to resync.
 */
export class LiveEventHub {
  private readonly subscribers = new Set<Subscriber>();
  private client: pg.Client | null = null;
  private pending: pg.Client | null = null;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private closeTimer: NodeJS.Timeout | undefined;
  private pingTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: TLiveEventHubOptions) {}

  subscribe: TSubscribe = (filter, listener) => {
    const subscriber: Subscriber = { filter, listener, live: false };
    this.subscribers.add(subscriber);
    clearTimeout(this.closeTimer);
    // Asynchronously, so a listener never runs before subscribe() has returned its unsubscribe.
    if (this.client) queueMicrotask(() => this.subscribers.has(subscriber) && this.deliver(subscriber, { kind: "ready" }));
    else this.connect();
    return () => {
      if (!this.subscribers.delete(subscriber) || this.subscribers.size > 0) return;
      this.closeTimer = setTimeout(() => void this.close(), this.options.graceMs ?? 30_000);
      this.closeTimer.unref();
    };
  };

  /** Ends the connection and stops reconnecting; later subscribers open a new one. */
  async close(): Promise<void> {
    this.subscribers.clear();
    for (const timer of [this.retryTimer, this.closeTimer, this.pingTimer]) clearTimeout(timer);
    const clients = [this.client, this.pending];
    this.client = this.pending = null;
    this.attempt = 0;
    await Promise.all(clients.map((client) => client?.end().catch(() => undefined)));
  }

  private connect(): void {
    if (this.pending || this.client || this.subscribers.size === 0) return;
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      application_name: LISTENER_APPLICATION_NAME,
      connectionTimeoutMillis: 5_000,
      query_timeout: 5_000,
      keepAlive: true,
    });
    // Without an 'error' handler a dropped connection would crash the process.
    client.on("error", () => this.drop(client));
    client.on("end", () => this.drop(client));
    client.on("notification", (message) => {
      if (message.channel !== LIVE_EVENTS_CHANNEL) return;
      const event = parseLiveEvent(message.payload);
      if (!event) return;
      for (const s of this.subscribers) if (matchesSubscription(event, s.filter)) this.deliver(s, { kind: "change", event });
    });
    this.pending = client;
    client
      .connect()
      .then(() => client.query(`LISTEN ${LIVE_EVENTS_CHANNEL}`))
      .then(() => {
        if (this.pending !== client) return; // close() ran while we were connecting
        this.pending = null;
        // Everyone unsubscribed while we were connecting.
        if (this.subscribers.size === 0) return void client.end().catch(() => undefined);
        this.client = client;
        this.attempt = 0;
        this.schedulePing(client);
        // Subscribers that were live before a drop may have missed events; new ones only need "ready".
        for (const s of this.subscribers) this.deliver(s, { kind: s.live ? "resync" : "ready" });
      })
      .catch(() => this.drop(client));
  }

  private drop(client: pg.Client): void {
    // Stale clients ('error' then 'end', or one that close() already ended) change nothing.
    if (client !== this.client && client !== this.pending) return;
    this.client = this.pending = null;
    clearTimeout(this.pingTimer);
    client.removeAllListeners("notification");
    client.end().catch(() => undefined);
    if (this.subscribers.size === 0) return;
    const min = this.options.minBackoffMs ?? 500;
    const delay = Math.min(min * 2 ** this.attempt, this.options.maxBackoffMs ?? 5_000);
    this.attempt += 1;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.connect(), delay);
    this.retryTimer.unref();
  }

  private schedulePing(client: pg.Client): void {
    this.pingTimer = setTimeout(() => {
      client.query("SELECT 1").then(
        () => this.client === client && this.schedulePing(client),
        () => this.drop(client),
      );
    }, this.options.pingMs ?? 30_000);
    this.pingTimer.unref();
  }

  private deliver(subscriber: Subscriber, message: TLiveMessage): void {
    if (message.kind !== "change") subscriber.live = true;
    try {
      subscriber.listener(message);
    } catch (error) {
      // One broken stream must not starve the others.
      console.error("live event listener failed", error);
    }
  }
}

// One hub per process; Next dev's hot reload would otherwise open another LISTEN connection per edit.
const globalForEvents = globalThis as unknown as { liveEventHub?: LiveEventHub };

/** Subscribes to live events in this process; returns the unsubscribe function. */
export const subscribe: TSubscribe = (filter, listener) => {
  globalForEvents.liveEventHub ??= new LiveEventHub({ connectionString: directDatabaseUrl() });
  return globalForEvents.liveEventHub.subscribe(filter, listener);
};
