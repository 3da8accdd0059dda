import { describe, expect, it } from "vitest";
import { LIVE_EVENT_TYPES, matchesSubscription, parseLiveEvent, serializeLiveEvent, ZLiveEvent, type TLiveEvent } from "./types";

const event: TLiveEvent = {
  type: "comment.created",
  investigationId: "inv1",
  sourceId: "src1",
  claimId: "clm1",
  actorId: "usr1",
  at: "2026-11-23T10:00:00.000Z",
};

describe("ZLiveEvent", () => {
  it("accepts every event type, with or without source and claim", () => {
    for (const type of LIVE_EVENT_TYPES) {
      expect(ZLiveEvent.parse({ ...event, type })).toEqual({ ...event, type });
    }
    const bare = { type: "source.updated", investigationId: "inv1", actorId: null, at: event.at };
    expect(ZLiveEvent.parse(bare)).toEqual(bare);
  });

  it("refuses unknown types, missing ids, empty ids and non-ISO times", () => {
    expect(ZLiveEvent.safeParse({ ...event, type: "claim.exploded" }).success).toBe(false);
    expect(ZLiveEvent.safeParse({ ...event, investigationId: undefined }).success).toBe(false);
    expect(ZLiveEvent.safeParse({ ...event, claimId: "" }).success).toBe(false);
    expect(ZLiveEvent.safeParse({ ...event, actorId: undefined }).success).toBe(false);
    expect(ZLiveEvent.safeParse({ ...event, at: "yesterday" }).success).toBe(false);
  });
});

describe("serializeLiveEvent / parseLiveEvent", () => {
  it("round-trips an event", () => {
    expect(parseLiveEvent(serializeLiveEvent(event))).toEqual(event);
  });

  it("drops content passed by mistake, so no text ever reaches a subscriber", () => {
    const leaky = { ...event, body: "a private comment", rationale: "secret" } as TLiveEvent;
    const payload = serializeLiveEvent(leaky);
    expect(payload).not.toContain("private");
    expect(payload).not.toContain("secret");
    expect(parseLiveEvent(JSON.stringify(leaky))).toEqual(event);
  });

  it("throws rather than publish an invalid event", () => {
    expect(() => serializeLiveEvent({ ...event, investigationId: "" })).toThrow();
  });

  it("keeps even the largest event far below NOTIFY's 8000-byte limit", () => {
    const longest = "x".repeat(128);
    const big = { ...event, type: "adjudication.saved" as const, investigationId: longest, sourceId: longest, claimId: longest, actorId: longest };
    expect(new TextEncoder().encode(serializeLiveEvent(big)).length).toBeLessThan(1_000);
    expect(() => serializeLiveEvent({ ...big, claimId: "x".repeat(129) })).toThrow();
  });

  it("ignores malformed payloads", () => {
    for (const payload of [undefined, "", "not json", "null", "[]", '{"type":"claim.created"}']) {
      expect(parseLiveEvent(payload)).toBeNull();
    }
  });
});

describe("matchesSubscription", () => {
  it("matches when every given id matches", () => {
    expect(matchesSubscription(event, { investigationId: "inv1" })).toBe(true);
    expect(matchesSubscription(event, { sourceId: "src1" })).toBe(true);
    expect(matchesSubscription(event, { claimId: "clm1" })).toBe(true);
    expect(matchesSubscription(event, { investigationId: "inv1", sourceId: "src1", claimId: "clm1" })).toBe(true);
  });

  it("does not match when any given id differs", () => {
    expect(matchesSubscription(event, { investigationId: "inv2" })).toBe(false);
    expect(matchesSubscription(event, { investigationId: "inv1", claimId: "clm2" })).toBe(false);
    expect(matchesSubscription(event, { sourceId: "src2" })).toBe(false);
  });

  it("does not match a claim filter against an event about no claim", () => {
    const sourceEvent: TLiveEvent = { type: "source.updated", investigationId: "inv1", sourceId: "src1", actorId: null, at: event.at };
    expect(matchesSubscription(sourceEvent, { claimId: "clm1" })).toBe(false);
    expect(matchesSubscription(sourceEvent, { sourceId: "src1" })).toBe(true);
  });

  it("matches everything with an empty filter", () => {
    expect(matchesSubscription(event, {})).toBe(true);
  });
});
