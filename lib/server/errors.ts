// One error type for the whole domain; route handlers map it to HTTP in one place (toHttp).
export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNPROCESSABLE"
  | "RATE_LIMITED"
  | "UNAVAILABLE";

const STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return STATUS[this.code];
  }
}

/** Errors the database driver raises when PostgreSQL cannot be reached. */
export function isDatabaseUnreachable(error: unknown): boolean {
  const text = String((error as { code?: string })?.code ?? "") + " " + String((error as Error)?.message ?? "");
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|57P01|57P03|Connection terminated|connect ECONN|DatabaseNotReachable|P1001|timeout exceeded when trying to connect/i.test(
    text,
  );
}

export type TErrorBody = { error: { code: string; message: string; details?: unknown } };

/** The public API's error shape: `{ "error": { "code", "message", "details"? } }`. */
export function errorBody(code: string, message: string, details?: unknown): TErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** Response headers an error calls for: Retry-After (seconds) on 429. */
export function errorHeaders(error: unknown): Record<string, string> {
  const seconds = error instanceof AppError && error.code === "RATE_LIMITED" ? error.details?.retryAfterSeconds : undefined;
  return typeof seconds === "number" ? { "retry-after": String(seconds) } : {};
}

export function toHttp(error: unknown): { status: number; body: TErrorBody; headers: Record<string, string> } {
  if (error instanceof AppError) return { status: error.status, body: errorBody(error.code, error.message, error.details), headers: errorHeaders(error) };
  if (isDatabaseUnreachable(error)) {
    return { status: 503, body: errorBody("UNAVAILABLE", "The database is unreachable. Please try again in a moment."), headers: {} };
  }
  console.error(error);
  return { status: 500, body: errorBody("INTERNAL", "Something went wrong on our side. It has been logged."), headers: {} };
}
