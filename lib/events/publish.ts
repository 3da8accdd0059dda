import type { Prisma } from "@/lib/generated/prisma/client";
import { LIVE_EVENTS_CHANNEL, serializeLiveEvent, type TLiveEvent } from "./types";

/** The transaction client inside `db.$transaction(async (tx) => …)`, or the client itself. */
type NotifyWriter = Pick<Prisma.TransactionClient, "$executeRaw">;

export type TLiveEventInput = Omit<TLiveEvent, "at"> & { at?: string };

/**
 * Announces a change to every app process. Call it with the transaction client of the write it
 * describes: PostgreSQL delivers a NOTIFY only when its transaction commits, so a rolled-back write
 * announces nothing, and listeners never re-fetch before the change is visible to them.
 */
export async function publishEvent(tx: NotifyWriter, event: TLiveEventInput): Promise<void> {
  const payload = serializeLiveEvent({ ...event, at: event.at ?? new Date().toISOString() });
  await tx.$executeRaw`SELECT pg_notify(${LIVE_EVENTS_CHANNEL}, ${payload})`;
}
