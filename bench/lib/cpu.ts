import { readdirSync, readFileSync } from "node:fs";

// CPU seconds used by process trees (Linux /proc), so the report can say where the two cores went
// during a phase: the app, PostgreSQL, the load generator, the probes.

const TICKS_PER_SECOND = 100;

type TStat = { pid: number; ppid: number; own: number; reaped: number };

function readStat(pid: number): TStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may contain spaces: parse after the last ')'.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const n = (i: number) => Number(fields[i - 3]);
    return { pid, ppid: n(4), own: n(14) + n(15), reaped: n(16) + n(17) };
  } catch {
    return null; // exited between listing and reading
  }
}

/** CPU seconds of `root` and all its descendants, including descendants that have already exited. */
export function treeCpuSeconds(root: number): number {
  const stats = readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map((name) => readStat(Number(name))).filter((s): s is TStat => s !== null);
  const children = new Map<number, TStat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const rootStat = stats.find((s) => s.pid === root);
  if (!rootStat) return Number.NaN;
  let ticks = 0;
  const queue = [rootStat];
  for (let s = queue.pop(); s; s = queue.pop()) {
    ticks += s.own + s.reaped;
    queue.push(...(children.get(s.pid) ?? []));
  }
  return ticks / TICKS_PER_SECOND;
}

/** Parent pid of a process (for a PostgreSQL backend: its postmaster). */
export function parentPid(pid: number): number {
  return readStat(pid)?.ppid ?? 0;
}
