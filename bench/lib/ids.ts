import { createHash } from "node:crypto";

// Ids shaped like Prisma's cuid(): 25 characters, "c" first, an ordered part then a random-looking
// part, so rows arrive in index order (as time-ordered cuids do) and never collide across runs
// thanks to the run's salt. The SQL twin below builds the same shape server-side.

export function benchId(salt: string, kind: string, ordinal: number): string {
  const ordered = ordinal.toString(16).padStart(8, "0");
  return `c${ordered}${createHash("md5").update(`${salt}:${kind}:${ordinal}`).digest("hex").slice(0, 16)}`;
}

/** SQL for benchId(salt, kind, ordinalExpr) where salt is bound as $1. */
export function sqlBenchId(kind: string, ordinalExpr: string): string {
  if (!/^[a-z0-9]+$/.test(kind)) throw new Error(`Bad id kind ${kind}`);
  return `('c' || lpad(to_hex(${ordinalExpr}), 8, '0') || substr(md5($1 || ':${kind}:' || (${ordinalExpr})::text), 1, 16))`;
}
