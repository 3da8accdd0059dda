import { AppError } from "@/lib/server/errors";
import { commonPasswords } from "./common-passwords";
import { passwordProblem, passwordProblemMessage } from "./password-policy";

/** The password policy as a field error (400) under `field`, for forms and API clients alike. */
export function assertPasswordAllowed(password: string, email: string, field: string): void {
  const problem = passwordProblem(password, { email, common: commonPasswords() });
  if (!problem) return;
  const message = passwordProblemMessage(problem, password);
  throw new AppError("BAD_REQUEST", `Invalid input: ${field}: ${message}`, { fields: [{ path: field, message }], reason: problem });
}
