import { describe, expect, it } from "vitest";
import { clientAddress, UNKNOWN_ADDRESS } from "./client-address";
import { combineVerdicts, judgeWindow, retryAfterMinutes } from "./rate-window";

const rule = { max: 5, windowMs: 15 * 60_000 };
const now = new Date("2030-01-01T12:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("judgeWindow", () => {
  it("allows fewer than max counted attempts", () => {
    expect(judgeWindow([], rule, now)).toEqual({ limited: false });
    expect(judgeWindow([ago(10), ago(20), ago(30), ago(40)], rule, now)).toEqual({ limited: false });
  });

  it("limits at max, until the oldest counted attempt leaves the window", () => {
    const times = [ago(600), ago(60), ago(50), ago(40), ago(30)];
    // The oldest, 600 s ago, leaves the 900 s window in 300 s.
    expect(judgeWindow(times, rule, now)).toEqual({ limited: true, retryAfterSeconds: 300 });
    expect(judgeWindow([...times].reverse(), rule, now)).toEqual({ limited: true, retryAfterSeconds: 300 });
  });

  it("with more than max (concurrent attempts), waits until the count drops below max", () => {
    const times = [ago(800), ago(700), ago(100), ago(90), ago(80), ago(70)];
    expect(judgeWindow(times, rule, now)).toEqual({ limited: true, retryAfterSeconds: 200 });
  });

  it("ignores attempts outside the window and in the future", () => {
    expect(judgeWindow([ago(900), ago(901), ago(1), ago(2), ago(3), ago(4)], rule, now)).toEqual({ limited: false });
    expect(judgeWindow([ago(1), ago(2), ago(3), ago(4), new Date(now.getTime() + 1000)], rule, now)).toEqual({ limited: false });
  });

  it("is free again the moment the window has passed, never asking for 0 s", () => {
    const times = [ago(899.5), ago(5), ago(4), ago(3), ago(2)];
    expect(judgeWindow(times, rule, now)).toEqual({ limited: true, retryAfterSeconds: 1 });
    expect(judgeWindow(times, rule, new Date(now.getTime() + 500))).toEqual({ limited: false });
  });
});

describe("combineVerdicts", () => {
  it("is limited when any key is, for the longest wait", () => {
    expect(combineVerdicts([{ limited: false }, { limited: false }])).toEqual({ limited: false });
    expect(combineVerdicts([{ limited: true, retryAfterSeconds: 30 }, { limited: false }, { limited: true, retryAfterSeconds: 90 }])).toEqual({ limited: true, retryAfterSeconds: 90 });
  });
});

describe("retryAfterMinutes", () => {
  it("rounds up to whole minutes, at least 1", () => {
    expect([1, 59, 60, 61, 899].map(retryAfterMinutes)).toEqual([1, 1, 1, 2, 15]);
  });
});

describe("clientAddress", () => {
  it("trusts X-Forwarded-For's first value only behind a trusted proxy", () => {
    expect(clientAddress({ trustProxy: true, forwardedFor: "203.0.113.7, 10.0.0.1", peer: "10.0.0.1" })).toBe("203.0.113.7");
    expect(clientAddress({ trustProxy: false, forwardedFor: "203.0.113.7", peer: "198.51.100.2" })).toBe("198.51.100.2");
  });

  it("normalises IPv4-mapped IPv6 and falls back to a constant", () => {
    expect(clientAddress({ trustProxy: false, forwardedFor: null, peer: "::ffff:127.0.0.1" })).toBe("127.0.0.1");
    expect(clientAddress({ trustProxy: false, forwardedFor: "1.2.3.4", peer: null })).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress({ trustProxy: true, forwardedFor: " ", peer: null })).toBe(UNKNOWN_ADDRESS);
  });
});
