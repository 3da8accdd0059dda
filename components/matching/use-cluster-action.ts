"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch } from "@/components/lib/api-client";

/** Sends one cluster change (link, unlink), then re-renders the page; the API's message on failure. */
export function useClusterAction() {
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const act = async (key: string, url: string, init: { method: "POST" | "DELETE"; body?: unknown }) => {
    setBusy(key);
    setError(null);
    try {
      await apiFetch(url, init);
      router.refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, act };
}
