"use client";

import { useState } from "react";
import { ApiError } from "@/components/lib/api-client";

export type TActionStatus = { ok: boolean; text: string } | null;

/**
 * One request at a time from a table row (revoke, deactivate, change role): which row is busy, and
 * the outcome to announce — `done` on success, `failed(message)` with the server's own message.
 */
export function useRowAction() {
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [status, setStatus] = useState<TActionStatus>(null);

  async function run(id: string, request: () => Promise<unknown>, done: string, failed: (message: string) => string, onSuccess?: () => void) {
    setPendingId(id);
    setStatus(null);
    try {
      await request();
      setStatus({ ok: true, text: done });
      onSuccess?.();
    } catch (error) {
      setStatus({ ok: false, text: failed(error instanceof ApiError ? error.message : String(error)) });
    } finally {
      setPendingId(null);
    }
  }

  return { pendingId, status, run };
}
