import { describe, expect, it } from "vitest";
import { createSummaryCache, type TChangeFeed } from "./summary-cache";

/** A cache over a fake change feed that is listening from the start (unless `late`), a fake clock and hand-settled computations. */
function setup({ maxEntries = 3, late = false } = {}) {
  let clock = 1_000_000;
  const errors: unknown[] = [];
  const listeners = new Map<string, (signal: "ready" | "change") => void>();
  const unsubscribed: string[] = [];
  const feed: TChangeFeed = (investigationId, listener) => {
    listeners.set(investigationId, listener);
    if (!late) listener("ready");
    return () => {
      listeners.delete(investigationId);
      unsubscribed.push(investigationId);
    };
  };
  const cache = createSummaryCache<number>({ feed, minIntervalMs: 1_000, maxStaleMs: 5_000, maxEntries, now: () => clock, onBackgroundError: (e) => errors.push(e) });
  let computed = 0;
  const pending: ((value: number) => void)[] = [];
  const compute = () => new Promise<number>((resolve) => {
    computed += 1;
    pending.push(resolve);
  });
  const flush = () => new Promise((r) => setTimeout(r, 0));
  const settle = async (value: number) => {
    pending.shift()!(value);
    await flush();
  };
  const load = async (inv: string, key: string, value: number) => {
    const got = cache.get(inv, key, compute);
    await settle(value);
    return got;
  };
  const signal = (inv: string, s: "ready" | "change") => listeners.get(inv)!(s);
  return { cache, compute, settle, flush, load, signal, tick: (ms: number) => (clock += ms), computed: () => computed, errors, unsubscribed };
}

describe("createSummaryCache", () => {
  it("computes once for concurrent requests, then serves the figures as current for as long as nothing changes", async () => {
    const s = setup();
    const a = s.cache.get("inv", "k", s.compute);
    const b = s.cache.get("inv", "k", s.compute);
    await s.settle(7);
    expect(await a).toEqual({ value: 7, asOf: new Date(1_000_000), stale: false });
    expect(await b).toEqual({ value: 7, asOf: new Date(1_000_000), stale: false });
    s.tick(60_000);
    expect(await s.cache.get("inv", "k", s.compute)).toEqual({ value: 7, asOf: new Date(1_000_000), stale: false });
    expect(s.computed()).toBe(1);
  });

  it("after a change serves the last figures at once, marked stale, while exactly one recomputation runs; then the new ones", async () => {
    const s = setup();
    await s.load("inv", "k", 1);
    s.tick(1_000);
    s.signal("inv", "change");
    expect(await s.cache.get("inv", "k", s.compute)).toEqual({ value: 1, asOf: new Date(1_000_000), stale: true });
    expect(await s.cache.get("inv", "k", s.compute)).toMatchObject({ value: 1, stale: true });
    expect(s.computed()).toBe(2);
    await s.settle(2);
    expect(await s.cache.get("inv", "k", s.compute)).toEqual({ value: 2, asOf: new Date(1_001_000), stale: false });
  });

  it("starts at most one recomputation per second while changes keep coming", async () => {
    const s = setup();
    await s.load("inv", "k", 1);
    s.signal("inv", "change");
    s.tick(2_000);
    expect(await s.cache.get("inv", "k", s.compute)).toMatchObject({ value: 1, stale: true });
    await s.settle(2);
    s.signal("inv", "change");
    s.tick(400);
    expect(await s.cache.get("inv", "k", s.compute)).toMatchObject({ value: 2, stale: true });
    expect(s.computed()).toBe(2);
    s.tick(600);
    expect(await s.cache.get("inv", "k", s.compute)).toMatchObject({ value: 2, stale: true });
    expect(s.computed()).toBe(3);
    await s.settle(3);
    expect(await s.cache.get("inv", "k", s.compute)).toEqual({ value: 3, asOf: new Date(1_003_000), stale: false });
  });

  it("counts only its own investigation's changes, and waits for new figures once the last are older than the stale limit", async () => {
    const s = setup();
    await s.load("inv", "k", 1);
    await s.load("other", "x", 9);
    s.signal("other", "change");
    expect(await s.cache.get("inv", "k", s.compute)).toMatchObject({ value: 1, stale: false });
    s.signal("inv", "change");
    s.tick(5_000);
    const again = s.cache.get("inv", "k", s.compute);
    await s.settle(3);
    expect(await again).toEqual({ value: 3, asOf: new Date(1_005_000), stale: false });
  });

  it("never calls figures current that were computed before the feed was listening, or across a gap in it", async () => {
    const s = setup({ late: true });
    expect(await s.load("inv", "k", 1)).toMatchObject({ value: 1, stale: true });
    s.signal("inv", "ready");
    s.tick(1_000);
    expect(await s.cache.get("inv", "k", s.compute)).toMatchObject({ value: 1, stale: true });
    await s.settle(2);
    expect(await s.cache.get("inv", "k", s.compute)).toMatchObject({ value: 2, stale: false });
    s.signal("inv", "ready"); // reconnected: changes may have been missed meanwhile
    expect(await s.cache.get("inv", "k", s.compute)).toMatchObject({ value: 2, stale: true });
  });

  it("says a computation is stale when changes arrived while it ran", async () => {
    const s = setup();
    const got = s.cache.get("inv", "k", s.compute);
    s.signal("inv", "change");
    await s.settle(4);
    expect(await got).toMatchObject({ value: 4, stale: true });
  });

  it("keeps statements apart, forgets the least recently used beyond its size and stops watching an investigation it no longer holds", async () => {
    const s = setup({ maxEntries: 2 });
    await s.load("a", "ka", 1);
    await s.load("b", "kb", 2);
    expect(s.cache.watching()).toBe(2);
    await s.load("c", "kc", 3);
    expect(s.cache.size()).toBe(2);
    expect(s.unsubscribed).toEqual(["a"]);
    expect((await s.load("a", "ka", 10)).value).toBe(10);
  });

  it("passes a failed computation to its waiter and keeps nothing; a failed background refresh keeps the last figures", async () => {
    const s = setup();
    await expect(s.cache.get("inv", "k", () => Promise.reject(new Error("database gone")))).rejects.toThrow("database gone");
    await s.load("inv", "k", 5);
    s.signal("inv", "change");
    s.tick(1_000);
    expect(await s.cache.get("inv", "k", () => Promise.reject(new Error("still gone")))).toMatchObject({ value: 5, stale: true });
    await s.flush();
    expect(s.errors).toHaveLength(1);
    expect(s.computed()).toBe(1);
    expect(await s.cache.get("inv", "k", s.compute)).toMatchObject({ value: 5, stale: true });
  });
});
