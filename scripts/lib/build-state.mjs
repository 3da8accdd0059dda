// Whether the production build in .next is older than the sources it was built from (start.mjs and
// the scale benchmark rebuild only then).
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const WATCHED = ["app", "components", "lib", "proxy.ts", "next.config.ts", "package-lock.json"];

export function buildIsStale() {
  const marker = path.join(ROOT, ".next", "BUILD_ID");
  if (!existsSync(marker)) return true;
  const builtAt = statSync(marker).mtimeMs;
  return WATCHED.some((entry) => newerThan(path.join(ROOT, entry), builtAt));
}

function newerThan(file, time) {
  if (!existsSync(file)) return false;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs > time;
  return readdirSync(file).some((name) => name !== "generated" && newerThan(path.join(file, name), time));
}
