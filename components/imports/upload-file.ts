// Uploads one file to the import endpoint with XMLHttpRequest, because fetch cannot report upload
// progress; resolves (never rejects) with what happened to the file, ready to show in its row.

export type TFileOutcome =
  | { kind: "imported" | "duplicate"; sourceId: string; title: string }
  | { kind: "refused" | "failed"; reason: string }
  /** The server gave no reason (status 0: it could not be reached); the row words it in the UI's language. */
  | { kind: "refused" | "failed"; status: number };

type TErrorPayload = { error?: { message?: unknown } };

export function uploadFile(url: string, file: File, onProgress: (fraction: number) => void): Promise<TFileOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("accept", "application/json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => resolve(toOutcome(xhr.status, parse(xhr.responseText), file.name));
    xhr.onerror = () => resolve({ kind: "failed", status: 0 });
    const form = new FormData();
    form.append("file", file);
    xhr.send(form);
  });
}

function toOutcome(status: number, payload: unknown, fileName: string): TFileOutcome {
  if (status === 201 || status === 200) {
    const { sourceId, title } = (payload ?? {}) as { sourceId?: unknown; title?: unknown };
    if (typeof sourceId === "string" && typeof title === "string") return { kind: status === 201 ? "imported" : "duplicate", sourceId, title };
  }
  const message = (payload as TErrorPayload | undefined)?.error?.message;
  // 413 and 422 are the importer's verdict on the file itself; anything else is not about the file.
  const kind = status === 413 || status === 422 ? "refused" : "failed";
  return typeof message === "string" ? { kind, reason: withoutFileName(message, fileName) } : { kind, status };
}

/** The row already names the file, so "notes.txt: the file is empty" reads as "the file is empty". */
export function withoutFileName(message: string, fileName: string): string {
  return message.startsWith(`${fileName}: `) ? message.slice(fileName.length + 2) : message;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
