import { readFileSync } from "node:fs";
import path from "node:path";

let cached: ReadonlySet<string> | undefined;

/**
 * The shipped list of common passwords (lower-cased), read once per process. Read from the project
 * root rather than bundled, so the ~80 KB list is not copied into every server chunk.
 */
export function commonPasswords(): ReadonlySet<string> {
  cached ??= new Set(
    readFileSync(path.join(process.cwd(), "lib/users/common-passwords.txt"), "utf8")
      .split("\n")
      .filter((line) => line && !line.startsWith("#")),
  );
  return cached;
}
