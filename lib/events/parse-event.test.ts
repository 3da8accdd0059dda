import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LIVE_EVENT_TYPES, parseLiveEvent } from "./parse-event";
import { ZLiveEvent } from "./types";

// The browser parses events without zod; the server validates with ZLiveEvent. Both must accept and
// produce exactly the same events, or a page would act on an event the server would refuse.

const id = fc.oneof(fc.string({ minLength: 0, maxLength: 3 }), fc.string({ minLength: 120, maxLength: 135 }), fc.constant("cmwtn4t8p01bbiu7d75jjpqud"));
const at = fc.oneof(
  fc.date({ min: new Date("1999-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom("2024-02-29T10:00:00Z", "2023-02-29T10:00:00Z", "2026-11-23T10:00Z", "2026-11-23T10:00:00+01:00", "2026-13-01T00:00:00Z", "2026-11-23T24:00:00Z", "2026-11-23 10:00:00Z", "2026-11-23T10:00:00.123456Z"),
  fc.string(),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const candidate = fc.record(
  {
    type: fc.oneof(fc.constantFrom(...LIVE_EVENT_TYPES), fc.constantFrom("claim.exploded", "", "verdict")),
    investigationId: fc.oneof(id, fc.constant(null), fc.integer()),
    sourceId: maybe(fc.oneof(id, fc.constant(null))),
    claimId: maybe(id),
    actorId: fc.oneof(id, fc.constant(null), fc.integer()),
    at,
    body: maybe(fc.string()),
  },
  { requiredKeys: [] },
);

describe("parseLiveEvent (zod-free)", () => {
  it("accepts exactly what ZLiveEvent accepts, and returns what it returns", () => {
    fc.assert(
      fc.property(fc.oneof(candidate, fc.anything()), (value) => {
        const payload = JSON.stringify(value);
        const zod = ZLiveEvent.safeParse(payload === undefined ? undefined : JSON.parse(payload));
        expect(parseLiveEvent(payload)).toEqual(zod.success ? zod.data : null);
      }),
      { numRuns: 3_000 },
    );
  });

  it("accepts a real event and keeps only the known keys", () => {
    const event = { type: "verdict.saved", investigationId: "i", sourceId: "s", claimId: "c", actorId: "u", at: "2026-11-23T10:00:00.000Z" };
    expect(parseLiveEvent(JSON.stringify({ ...event, rationale: "secret" }))).toEqual(event);
  });
});
