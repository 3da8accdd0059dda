"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { uploadFile, type TFileOutcome } from "./upload-file";

// Files upload two at a time: enough to keep the connection busy, few enough that each row's
// progress means something. Every file settles on its own, so one refusal never stops the queue.
const CONCURRENCY = 2;

export type TUploadItem = {
  id: string;
  name: string;
  size: number;
  state: "queued" | "uploading" | "processing" | "done";
  progress: number;
  outcome: TFileOutcome | null;
};

export function useUploadQueue(url: string, precheck: (file: File) => TFileOutcome | null) {
  const [items, setItems] = useState<TUploadItem[]>([]);
  const files = useRef(new Map<string, File>());
  const started = useRef(new Set<string>());
  const nextId = useRef(0);

  const update = useCallback((id: string, patch: Partial<TUploadItem>) => {
    setItems((current) => current.map((item) => (item.id === id ? { ...item, ...patch } : item)));
  }, []);

  const add = useCallback(
    (added: File[]) => {
      const fresh = added.map((file): TUploadItem => {
        const id = `f${(nextId.current += 1)}`;
        const refused = precheck(file);
        if (!refused) files.current.set(id, file);
        return { id, name: file.name, size: file.size, state: refused ? "done" : "queued", progress: 0, outcome: refused };
      });
      setItems((current) => [...current, ...fresh]);
    },
    [precheck],
  );

  useEffect(() => {
    const active = items.filter((item) => item.state === "uploading" || item.state === "processing").length;
    const waiting = items.filter((item) => item.state === "queued" && !started.current.has(item.id)).slice(0, Math.max(0, CONCURRENCY - active));
    for (const item of waiting) {
      const file = files.current.get(item.id);
      if (!file) continue;
      started.current.add(item.id);
      update(item.id, { state: "uploading" });
      void uploadFile(url, file, (fraction) => update(item.id, fraction >= 1 ? { progress: 1, state: "processing" } : { progress: fraction })).then((outcome) => {
        files.current.delete(item.id);
        update(item.id, { state: "done", progress: 1, outcome });
      });
    }
  }, [items, update, url]);

  const clearFinished = useCallback(() => setItems((current) => current.filter((item) => item.state !== "done")), []);

  return { items, add, clearFinished };
}
