import type { z } from "zod";
import { AppError } from "./errors";
import { refuseNul } from "./no-nul";

/** A zod failure as a 400 whose details name each offending field, for forms and API clients alike. */
export function invalidInput(error: z.ZodError, where = "input"): AppError {
  const fields = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  const summary = fields.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join("; ");
  return new AppError("BAD_REQUEST", `Invalid ${where}: ${summary}`, { fields });
}

/**
 * Use cases parse their own input, so every entry point (UI, API, CLI) gets the same checks —
 * including that no text holds a NUL, which PostgreSQL would refuse with an error.
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  refuseNul(input, "input");
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data;
}
