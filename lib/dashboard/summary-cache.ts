// The dashboard summary aggregates every claim the filters match: 200,000 rows for a large
// investigation, tens of milliseconds of database CPU per request, and far more while hundreds of
// reviewers are saving. It is kept per statement, and served:
// - as current, while no change to its investigation has been announced since it was computed
//   (the process's live-event feed says so; until the feed is listening nothing counts as current);
// - marked stale, with the time it was computed, while changes stream in — and one recomputation
//   per statement runs in the background, at most one starting per `minIntervalMs` (open dashboards
//   refresh no more often than that, so more would be wasted) — for at most `maxStaleMs`;
// - freshly computed otherwise (concurrent requests for one statement share the computation).
// Pages that receive a stale summary ask again a moment later (components/live), so an open
// dashboard converges on the current figures. The rows beside the summary are never cached.

export type TCachedValue<T> = { value: T; asOf: Date; stale: boolean };

/** Subscribes to an investigation's changes: "ready" once listening, "change" for a change or a possible gap. */
export type TChangeFeed = (investigationId: string, listener: (signal: "ready" | "change") => void) => () => void;

type TComputed<T> = { value: T; at: number; version: number; clean: boolean };
type TEntry<T> = { investigationId: string; latest?: TComputed<T>; computing?: Promise<TComputed<T>>; lastStart?: number };
type TWatch = { ready: boolean; version: number; keys: Set<string>; stop: () => void };

export type TSummaryCacheOptions = {
  feed: TChangeFeed;
  minIntervalMs: number;
  maxStaleMs: number;
  maxEntries: number;
  now?: () => number;
  onBackgroundError?: (error: unknown) => void;
};

export function createSummaryCache<T>({ feed, minIntervalMs, maxStaleMs, maxEntries, now = Date.now, onBackgroundError = (e) => console.error("dashboard summary refresh failed", e) }: TSummaryCacheOptions) {
  const entries = new Map<string, TEntry<T>>();
  const watches = new Map<string, TWatch>();

  const watch = (investigationId: string): TWatch => {
    let w = watches.get(investigationId);
    if (!w) {
      const created: TWatch = { ready: false, version: 0, keys: new Set(), stop: () => undefined };
      created.stop = feed(investigationId, (signal) => {
        if (signal === "ready") created.ready = true;
        created.version += 1; // a (re)connected feed may have missed changes, too
      });
      watches.set(investigationId, (w = created));
    }
    return w;
  };

  const forget = (key: string) => {
    const entry = entries.get(key);
    entries.delete(key);
    const w = entry && watches.get(entry.investigationId);
    if (!w) return;
    w.keys.delete(key);
    if (w.keys.size === 0) {
      w.stop();
      watches.delete(entry.investigationId);
    }
  };

  const entryFor = (investigationId: string, key: string): TEntry<T> => {
    const entry = entries.get(key) ?? { investigationId };
    entries.delete(key);
    entries.set(key, entry); // most recently used last
    watch(investigationId).keys.add(key);
    while (entries.size > maxEntries) forget(entries.keys().next().value as string);
    return entry;
  };

  const compute = (entry: TEntry<T>, run: () => Promise<T>): Promise<TComputed<T>> => {
    if (entry.computing) return entry.computing;
    const w = watch(entry.investigationId);
    const started = { at: now(), version: w.version, clean: w.ready };
    entry.lastStart = started.at;
    const computing = run().then((value) => {
      const result = { value, ...started };
      if (!entry.latest || started.at >= entry.latest.at) entry.latest = result;
      return result;
    });
    entry.computing = computing;
    const done = () => void (entry.computing === computing && (entry.computing = undefined));
    computing.then(done, done);
    return computing;
  };

  async function get(investigationId: string, key: string, run: () => Promise<T>): Promise<TCachedValue<T>> {
    const entry = entryFor(investigationId, key);
    const w = watch(investigationId);
    const latest = entry.latest;
    if (latest && latest.clean && latest.version === w.version) return { value: latest.value, asOf: new Date(latest.at), stale: false };
    if (latest && now() - latest.at < maxStaleMs) {
      if (now() - (entry.lastStart ?? -Infinity) >= minIntervalMs) compute(entry, run).catch(onBackgroundError);
      return { value: latest.value, asOf: new Date(latest.at), stale: true };
    }
    const fresh = await compute(entry, run);
    // Changes announced while it ran may not be in it: say so, and the page will ask again.
    return { value: fresh.value, asOf: new Date(fresh.at), stale: !(fresh.clean && fresh.version === w.version) };
  }

  return { get, size: () => entries.size, watching: () => watches.size };
}
