import { z } from "zod";
import { LIVE_EVENT_TYPES, MAX_ID_LENGTH, type TLiveEvent } from "./parse-event";

/** The PostgreSQL NOTIFY channel every app process listens on. */
export const LIVE_EVENTS_CHANNEL = "factdesk_events";

export { LIVE_EVENT_TYPES, parseLiveEvent, type TLiveEvent, type TLiveEventType } from "./parse-event";

// Bounded so that even the largest event stays far below NOTIFY's 8000-byte payload limit.
const ZId = z.string().min(1).max(MAX_ID_LENGTH).describe("An entity id (cuid)");

/**
 * "Something changed here" — ids only, never content. A subscriber learns that a claim changed, not
 * what it says; the page then re-fetches through the normal permission checks. `z.object` strips
 * unknown keys, so content passed by mistake is dropped both when publishing and when receiving.
 */
export const ZLiveEvent = z.object({
  type: z.enum(LIVE_EVENT_TYPES).describe("What happened"),
  investigationId: ZId,
  sourceId: ZId.optional(),
  claimId: ZId.optional(),
  actorId: ZId.nullable().describe("Who did it; null for system changes"),
  at: z.iso.datetime().describe("When, ISO 8601 UTC"),
});

// The schema and the zod-free parser's type describe the same shape (checked at compile time).
type TSame<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: TSame<z.infer<typeof ZLiveEvent>, TLiveEvent> = true;
void sameShape;

/** What a page wants to hear about: every given id must match (an empty filter matches everything). */
export const ZLiveFilter = z.object({
  investigationId: ZId.optional(),
  sourceId: ZId.optional(),
  claimId: ZId.optional(),
});

export type TLiveFilter = z.infer<typeof ZLiveFilter>;

/**
 * What a subscriber receives: `ready` once the listener is active, `change` per matching event, and
 * `resync` after the listener reconnected — events may have been missed, so re-fetch everything.
 */
export type TLiveMessage = { kind: "ready" } | { kind: "resync" } | { kind: "change"; event: TLiveEvent };

export function matchesSubscription(event: TLiveEvent, filter: TLiveFilter): boolean {
  if (filter.investigationId !== undefined && event.investigationId !== filter.investigationId) return false;
  if (filter.sourceId !== undefined && event.sourceId !== filter.sourceId) return false;
  if (filter.claimId !== undefined && event.claimId !== filter.claimId) return false;
  return true;
}

/** Validates (and strips to the known keys) before an event leaves the process. */
export function serializeLiveEvent(event: TLiveEvent): string {
  return JSON.stringify(ZLiveEvent.parse(event));
}
