"use client";

import { useEffect, useState } from "react";

export type TLoad<T> = { status: "loading" } | { status: "failed"; message: string } | { status: "ready"; data: T };

/** GETs a JSON API URL when it (or `refresh`) changes; an API error's own message is kept for the reader. */
export function useJson<T>(url: string, refresh: unknown = null): TLoad<T> {
  const [state, setState] = useState<TLoad<T>>({ status: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { signal: controller.signal, headers: { accept: "application/json" } })
      .then(async (response) => {
        const body = await response.json();
        if (!response.ok) throw new Error(body?.error?.message ?? response.statusText);
        setState({ status: "ready", data: body as T });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: "failed", message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [url, refresh]);
  return state;
}
