import { onPublished } from "@/lib/events/publish";
import type { TSubscribe } from "@/lib/server/events";
import type { TChangeFeed } from "./summary-cache";

/**
 * What makes a kept dashboard summary stale: any change to its investigation announced over
 * PostgreSQL (every app process's writes; a reconnect counts, as changes may have been missed) and
 * this process's own writes the moment they are published, before PostgreSQL echoes them back.
 */
export function summaryFeed(subscribe: TSubscribe): TChangeFeed {
  return (investigationId, listener) => {
    const remote = subscribe({ investigationId }, (message) => listener(message.kind === "ready" ? "ready" : "change"));
    const local = onPublished((event) => {
      if (event.investigationId === investigationId) listener("change");
    });
    return () => {
      remote();
      local();
    };
  };
}
