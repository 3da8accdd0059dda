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

const UNREACHABLE = [
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN/, // the socket: server down, or gone mid-query
  /\b57P0[123]\b|terminating connection due to administrator command|the database system is (?:shutting down|starting up|in recovery mode)/i, // a stop or restart
  /Connection terminated|Client has encountered a connection error|Connection is closed|connection error/i, // pg's words for a dropped socket
  /DatabaseNotReachable|\bP1001\b|\bP1017\b|Server has closed the connection/i, // Prisma's
];

/** Errors the database driver raises when PostgreSQL cannot be reached or went away mid-request. */
export function isDatabaseUnreachable(error: unknown): boolean {
  return UNREACHABLE.some((pattern) => pattern.test(errorText(error)));
}

/**
 * The database is up but every pooled connection stayed busy for the whole wait: Prisma could not
 * start a transaction in time (P2028), or pg timed out in the pool's queue. Nothing was written.
 */
export function isDatabaseBusy(error: unknown): boolean {
  return /\bP2028\b|Unable to start a transaction in the given time|timeout exceeded when trying to connect/i.test(errorText(error));
}

// Code, message and cause chain: Prisma and pg wrap the socket error the recognisers look for.
function errorText(error: unknown, depth = 0): string {
  if (!error || typeof error !== "object" || depth > 4) return String(error ?? "");
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; meta?: unknown };
  return [e.code, e.message, e.meta ? JSON.stringify(e.meta) : "", errorText(e.cause, depth + 1)].filter(Boolean).join(" ");
}

export type TErrorBody = { error: { code: string; message: string; details?: unknown } };

/** The public API's error shape: `{ "error": { "code", "message", "details"? } }`. */
export function errorBody(code: string, message: string, details?: unknown): TErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/**
 * Response headers an error calls for: Retry-After (seconds) on 429; on 413 `Connection: close`,
 * because the rest of the body was never read and the connection cannot carry another request (a
 * client that reused it met a reset).
 */
export function errorHeaders(error: unknown): Record<string, string> {
  if (error instanceof AppError && error.code === "PAYLOAD_TOO_LARGE") return { connection: "close" };
  const seconds = error instanceof AppError && error.code === "RATE_LIMITED" ? error.details?.retryAfterSeconds : undefined;
  return typeof seconds === "number" ? { "retry-after": String(seconds) } : {};
}

export function toHttp(error: unknown): { status: number; body: TErrorBody; headers: Record<string, string> } {
  if (error instanceof AppError) return { status: error.status, body: errorBody(error.code, error.message, error.details), headers: errorHeaders(error) };
  if (isDatabaseUnreachable(error)) {
    return { status: 503, body: errorBody("UNAVAILABLE", "The database is unreachable. Please try again in a moment."), headers: {} };
  }
  if (isDatabaseBusy(error)) {
    return { status: 503, body: errorBody("UNAVAILABLE", "The desk is too busy to take this right now. Nothing was saved; please try again in a moment."), headers: { "retry-after": "2" } };
  }
  console.error(error);
  return { status: 500, body: errorBody("INTERNAL", "Something went wrong on our side. It has been logged."), headers: {} };
}
