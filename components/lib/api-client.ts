// The browser's door to /api/v1: JSON in, JSON out, and every failure as one typed error carrying
// the API's `{ error: { code, message, details? } }` so forms can show field errors and conflicts.

export type TFieldError = { path: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** Field errors from a 400, as the server's validation reports them. */
  get fields(): TFieldError[] {
    const fields = this.details?.fields;
    if (!Array.isArray(fields)) return [];
    return fields.filter((f): f is TFieldError => typeof f?.path === "string" && typeof f?.message === "string");
  }

  /** The server's message for one field (`"rationale"`, `"evidence.0"`), if it named that field. */
  fieldMessage(path: string): string | undefined {
    return this.fields.find((f) => f.path === path)?.message;
  }

  /** `details.reason` distinguishes conflicts (STALE, SETTLED). */
  get reason(): string | undefined {
    const reason = this.details?.reason;
    return typeof reason === "string" ? reason : undefined;
  }
}

/** What the client says when the server said nothing: set in the UI's language by <ApiClientTexts />. */
export type TApiClientTexts = { network: string; httpStatus: (status: number) => string };
let texts: TApiClientTexts = { network: "NETWORK", httpStatus: (status) => `HTTP ${status}` };

export function setApiClientTexts(next: TApiClientTexts): void {
  texts = next;
}

type TOptions = { method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"; body?: unknown; signal?: AbortSignal };

export async function apiFetch<T>(path: string, { method = "GET", body, signal }: TOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
      credentials: "same-origin",
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "NETWORK", texts.network);
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response.status, payload);
  return payload as T;
}

function toApiError(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
  const code = typeof error?.code === "string" ? error.code : `HTTP_${status}`;
  const message = typeof error?.message === "string" ? error.message : texts.httpStatus(status);
  const details = error?.details && typeof error.details === "object" ? (error.details as Record<string, unknown>) : undefined;
  return new ApiError(status, code, message, details);
}
