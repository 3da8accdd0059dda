import { AppError, isDatabaseUnreachable } from "./errors";

/** One line a person can act on, for command-line tools; prefixes the file name when it helps. */
export function describeError(error: unknown, context?: string): string {
  if (error instanceof AppError) {
    return context && !error.message.startsWith(context) ? `${context}: ${error.message}` : error.message;
  }
  if (isDatabaseUnreachable(error)) return "The database is unreachable; check DATABASE_URL and that PostgreSQL is running.";
  const message = error instanceof Error ? error.message : String(error);
  return context ? `${context}: ${message}` : message;
}
