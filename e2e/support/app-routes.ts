import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// What the app serves, read from the file system (like lib/api/openapi.test.ts), so a test can
// insist that every route handler and every page is covered by a table row.

const APP = path.resolve(process.cwd(), "app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type THttpMethod = (typeof METHODS)[number];

/** "claims/[id]/verdicts" → "/claims/{id}/verdicts"; route groups like "(auth)" leave no trace. */
function urlPattern(dir: string): string {
  const segments = dir.split(path.sep).filter((s) => s !== "." && !/^\(.+\)$/.test(s));
  return "/" + segments.map((s) => s.replace(/^\[(.+)\]$/, "{$1}")).join("/");
}

const files = (name: string) => readdirSync(APP, { recursive: true, encoding: "utf8" }).filter((f) => path.basename(f) === name);

/** Every route handler as "METHOD /path/{param}". */
export function routeHandlersOnDisk(): string[] {
  return files("route.ts").flatMap((file) => {
    const source = readFileSync(path.join(APP, file), "utf8");
    const methods = METHODS.filter((m) => new RegExp(`export (const|async function|function) ${m}\\b|as ${m}\\b`).test(source));
    return methods.map((m) => `${m} ${urlPattern(path.dirname(file))}`);
  });
}

/** Every page as "/path/{param}". */
export function pagesOnDisk(): string[] {
  return files("page.tsx").map((file) => urlPattern(path.dirname(file)).replace(/^\/$/, "/"));
}
