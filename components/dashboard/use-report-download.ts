"use client";

import { useCallback, useRef, useState } from "react";
import type { TReportFormat } from "@/lib/reports/formats";
import { createRowCounter, dispositionFileName } from "@/lib/reports/progress";

export type TDownloadState =
  | { phase: "idle" }
  | { phase: "running"; file: string; bytes: number; rows: number; total: number | null }
  | { phase: "done"; file: string; bytes: number }
  | { phase: "failed"; message: string | null }
  | { phase: "cancelled" };

/**
 * Downloads an export with fetch, reading the body as it streams so the menu can show rows and
 * bytes received against the total the server announced (X-Report-Rows), then saves it as a file.
 * The links stay plain links: without JavaScript, or with a modifier key, the browser downloads them.
 */
export function useReportDownload() {
  const [state, setState] = useState<TDownloadState>({ phase: "idle" });
  const abort = useRef<AbortController | null>(null);

  const start = useCallback(async (href: string, format: TReportFormat, fallbackName: string) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ phase: "running", file: fallbackName, bytes: 0, rows: 0, total: null });
    try {
      const response = await fetch(href, { signal: controller.signal, headers: { accept: "*/*" } });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setState({ phase: "failed", message: body?.error?.message ?? `HTTP ${response.status}` });
        return;
      }
      const file = dispositionFileName(response.headers.get("content-disposition")) ?? fallbackName;
      const totalHeader = response.headers.get("x-report-rows");
      const total = totalHeader === null ? null : Number(totalHeader);
      const count = createRowCounter(format);
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let bytes = 0;
      let rows = 0;
      let shown = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value as Uint8Array<ArrayBuffer>);
        bytes += value.length;
        rows = count(value);
        // Re-render at most every ~100 ms worth of data, not per 64 KB chunk.
        if (bytes - shown > 256 * 1024) {
          shown = bytes;
          setState({ phase: "running", file, bytes, rows: total === null ? rows : Math.min(rows, total), total });
        }
      }
      save(new Blob(chunks, { type: response.headers.get("content-type") ?? "application/octet-stream" }), file);
      setState({ phase: "done", file, bytes });
      // The confirmation has done its job once read; it should not cover the page for good.
      setTimeout(() => setState((current) => (current.phase === "done" && current.file === file ? { phase: "idle" } : current)), 8_000);
    } catch (error) {
      if (controller.signal.aborted) setState({ phase: "cancelled" });
      else setState({ phase: "failed", message: error instanceof TypeError ? null : String(error) });
    } finally {
      if (abort.current === controller) abort.current = null;
    }
  }, []);

  const cancel = useCallback(() => abort.current?.abort(), []);
  return { state, start, cancel };
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken its copy once the click's download started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
