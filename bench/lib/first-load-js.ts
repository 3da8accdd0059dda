import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

// A page's first-load JavaScript, from the production build's manifests: the root main files every
// page loads (build-manifest.json) plus the chunks of every entry in the page's client reference
// manifest (its layouts, error and not-found boundaries and the page itself). Polyfills are left
// out: modern browsers skip them (nomodule). Sizes are gzip -9 of each file, summed.

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * `floorGzipBytes`: what any page loads (root main files and the root layout's chunks), for comparison.
 * `onDemandGzipBytes`: chunks the page's code imports lazily (the evidence picker, editors' controls,
 * the similar-claims list, the save-conflict notice), loaded only when shown; not in the first load.
 */
export type TFirstLoad = { route: string; files: number; bytes: number; gzipBytes: number; floorGzipBytes: number; onDemandGzipBytes: number };

// Turbopack names the chunks an import() loads inside the importing chunk.
const CHUNK_REFERENCE = /"(static\/chunks\/[\w.-]+\.js)"/g;

export function firstLoadJs(route: string): TFirstLoad {
  const next = path.join(ROOT, ".next");
  const build = JSON.parse(readFileSync(path.join(next, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const manifestFile = path.join(next, "server/app", route, "page_client-reference-manifest.js");
  const holder = { __RSC_MANIFEST: {} as Record<string, { entryJSFiles?: Record<string, string[]> }> };
  // The manifest is a script assigning globalThis.__RSC_MANIFEST[…]; run it against a holder object.
  new Function("globalThis", readFileSync(manifestFile, "utf8"))(holder);
  const entry = holder.__RSC_MANIFEST[`${route}/page`];
  if (!entry?.entryJSFiles) throw new Error(`No client reference manifest for ${route}`);
  const files = new Set(build.rootMainFiles);
  for (const chunks of Object.values(entry.entryJSFiles)) for (const chunk of chunks) files.add(chunk);
  const floor = new Set([...build.rootMainFiles, ...(entry.entryJSFiles["[project]/app/layout"] ?? [])]);
  let bytes = 0;
  let gzipBytes = 0;
  let floorGzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(path.join(next, file));
    const gzipped = gzipSync(content, { level: 9 }).length;
    bytes += content.length;
    gzipBytes += gzipped;
    if (floor.has(file)) floorGzipBytes += gzipped;
  }
  return { route, files: files.size, bytes, gzipBytes, floorGzipBytes, onDemandGzipBytes: onDemandGzip(next, files) };
}

/** Gzip bytes of every chunk reachable through lazy imports from `loaded`, each counted once. */
function onDemandGzip(next: string, loaded: Set<string>): number {
  const seen = new Set(loaded);
  const queue = [...loaded];
  let total = 0;
  while (queue.length > 0) {
    const content = readFileSync(path.join(next, queue.pop()!), "utf8");
    for (const [, chunk] of content.matchAll(CHUNK_REFERENCE)) {
      if (seen.has(chunk!)) continue;
      seen.add(chunk!);
      queue.push(chunk!);
      if (!loaded.has(chunk!)) total += gzipSync(readFileSync(path.join(next, chunk!)), { level: 9 }).length;
    }
  }
  return total;
}
