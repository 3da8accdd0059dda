"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** Sends one cluster change (link, unlink), then re-renders the page; the API's message on failure. */
export function useClusterAction() {
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const act = async (key: string, url: string, init: RequestInit) => {
    setBusy(key);
    setError(null);
    try {
      const response = await fetch(url, { ...init, headers: { "content-type": "application/json", accept: "application/json" } });
      if (!response.ok) throw new Error((await response.json().catch(() => null))?.error?.message ?? response.statusText);
      router.refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, act };
}
