"use client";

import { useEffect, useState } from "react";
import { apiFetch } from "@/components/lib/api-client";

export type TSourceTextState = { status: "idle" } | { status: "loading" } | { status: "ready"; text: string; lang: string } | { status: "failed"; message: string };

// Texts already fetched this page view: switching back and forth between sources is instant.
const cache = new Map<string, { text: string; lang: string }>();

/** A source's clean text, fetched when first needed (pages stay light when nobody cites evidence). */
export function useSourceText(sourceId: string | null): TSourceTextState {
  const [state, setState] = useState<TSourceTextState>({ status: "idle" });
  useEffect(() => {
    if (!sourceId) return setState({ status: "idle" });
    const cached = cache.get(sourceId);
    if (cached) return setState({ status: "ready", ...cached });
    const controller = new AbortController();
    setState({ status: "loading" });
    apiFetch<{ text: string; primaryLanguage: string }>(`/api/v1/sources/${encodeURIComponent(sourceId)}`, { signal: controller.signal }).then(
      (source) => {
        const value = { text: source.text, lang: source.primaryLanguage };
        cache.set(sourceId, value);
        setState({ status: "ready", ...value });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: "failed", message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [sourceId]);
  return state;
}
