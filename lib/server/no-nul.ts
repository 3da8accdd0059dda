import { AppError } from "./errors";

/**
 * PostgreSQL text cannot hold U+0000: a NUL anywhere in an id, a filter or a field reached the
 * database as an error (a 500). Refused at the API's door instead, with the field named. Walks
 * iteratively, so a deeply nested body cannot overflow the stack.
 */
export function refuseNul(value: unknown, where: string): void {
  const stack: [unknown, string][] = [[value, ""]];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (typeof current === "string") {
      if (current.includes("\u0000")) throw nulError(where, path);
    } else if (current && typeof current === "object") {
      for (const [key, child] of Object.entries(current)) {
        const childPath = path ? `${path}.${key}` : key;
        if (key.includes("\u0000")) throw nulError(where, childPath);
        stack.push([child, childPath]);
      }
    }
  }
}

function nulError(where: string, path: string): AppError {
  const message = "Remove the NUL character (U+0000): text may not contain it";
  return new AppError("BAD_REQUEST", `Invalid ${where}: ${path ? `${path}: ` : ""}${message}`, { fields: [{ path, message }] });
}
