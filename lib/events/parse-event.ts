// Reading a live event off the wire without zod (once shipped to the browser, where zod alone was
// 31 kB of gzip in every page's first load; the browser now reads only the actor, see
// components/live/use-live-events.ts). It accepts exactly what ZLiveEvent in ./types.ts accepts —
// a property test holds the two together (parse-event.test.ts).

export const LIVE_EVENT_TYPES = [
  "claim.created",
  "claim.updated",
  "claim.deleted",
  "verdict.saved",
  "comment.created",
  "comment.updated",
  "comment.deleted",
  "assignment.changed",
  "source.updated",
  "adjudication.saved",
] as const;

export type TLiveEventType = (typeof LIVE_EVENT_TYPES)[number];

export type TLiveEvent = {
  type: TLiveEventType;
  investigationId: string;
  sourceId?: string | undefined;
  claimId?: string | undefined;
  actorId: string | null;
  at: string;
};

export const MAX_ID_LENGTH = 128;

// zod's z.iso.datetime(): a real calendar date (leap years included), seconds required, optional
// fraction, UTC ("Z") only.
const DATE = String.raw`(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))`;
const ISO_DATETIME = new RegExp(String.raw`^${DATE}T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?Z$`);
const TYPES = new Set<string>(LIVE_EVENT_TYPES);

const isId = (value: unknown): value is string => typeof value === "string" && value.length >= 1 && value.length <= MAX_ID_LENGTH;

/** Parses a NOTIFY payload or SSE data line; anything malformed or from an incompatible writer yields null. */
export function parseLiveEvent(payload: string | undefined): TLiveEvent | null {
  if (!payload) return null;
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return null;
  const e = json as Record<string, unknown>;
  if (typeof e.type !== "string" || !TYPES.has(e.type) || !isId(e.investigationId)) return null;
  if ((e.sourceId !== undefined && !isId(e.sourceId)) || (e.claimId !== undefined && !isId(e.claimId))) return null;
  if (!(e.actorId === null || isId(e.actorId)) || typeof e.at !== "string" || !ISO_DATETIME.test(e.at)) return null;
  // Known keys only: content sent by mistake never reaches a subscriber.
  return {
    type: e.type as TLiveEventType,
    investigationId: e.investigationId,
    ...(e.sourceId !== undefined ? { sourceId: e.sourceId } : {}),
    ...(e.claimId !== undefined ? { claimId: e.claimId } : {}),
    actorId: e.actorId,
    at: e.at,
  };
}
