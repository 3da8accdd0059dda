import type { TDashboardResult } from "./dashboard-probe";
import type { TFirstLoad } from "./first-load-js";
import type { TLatency } from "./latency";
import type { TLiveResult } from "./live-probe";
import { formatTable, type TRow } from "./report";
import type { TLoadResult } from "./save-load";

export const SCALE_TARGET = { savesPerSecond: 1_000, ofDirect: 0.5, saveP99Ms: 100, dashboardP95Ms: 150, liveP95Ms: 1_000, firstLoadKb: 150 } as const;

type TCpu = { wallSeconds: number; trees: Record<string, number> };

/** One API run: the save load, and the editors and SSE clients measured while it ran. */
export type TApiPhase = { name: string; load: TLoadResult; dashboard: TDashboardResult[]; live: TLiveResult; cpu: TCpu };

export type TScaleFigures = {
  direct: TLoadResult;
  directCpu: TCpu;
  phases: TApiPhase[];
  dashboardIdle: TDashboardResult[];
  liveIdle: TLiveResult;
  js: TFirstLoad;
  clients: number;
  seconds: number;
};

const ms = (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : "–");
const int = (v: number) => Math.round(v).toLocaleString("en");
const pct = (v: number) => `${(v * 100).toFixed(0)} %`;
const lat = (l: TLatency) => `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)}`;
const mark = (ok: boolean) => (ok ? "PASS" : "FAIL");

/** A row per measure: the target, then per API phase its figure and PASS/FAIL, then what it is compared with. */
export function scaleRows(f: TScaleFigures): TRow[] {
  const row = (measure: string, target: string, cells: (p: TApiPhase) => [string, boolean], comparison: string): TRow => {
    const out: TRow = { measure, target };
    for (const phase of f.phases) {
      const [figure, ok] = cells(phase);
      out[phase.name] = figure;
      out[`${phase.name}: result`] = mark(ok);
    }
    out.comparison = comparison;
    return out;
  };
  const rows: TRow[] = [
    row(`verdict saves/s (${f.clients} clients, ${f.seconds} s)`, `≥ ${int(SCALE_TARGET.savesPerSecond)}`, (p) => [int(p.load.perSecond), p.load.perSecond >= SCALE_TARGET.savesPerSecond], `direct pg: ${int(f.direct.perSecond)}`),
    row("saves/s ÷ direct pg saves/s", `≥ ${pct(SCALE_TARGET.ofDirect)}`, (p) => [pct(p.load.perSecond / f.direct.perSecond), p.load.perSecond / f.direct.perSecond >= SCALE_TARGET.ofDirect], "same clients, claims, machine"),
    row("save latency p50 / p95 / p99, ms", `p99 ≤ ${SCALE_TARGET.saveP99Ms}`, (p) => [lat(p.load.latency), p.load.latency.p99 <= SCALE_TARGET.saveP99Ms], `direct pg: ${lat(f.direct.latency)}`),
    row("save errors (non-2xx, socket, timeout)", "0", (p) => [`${int(p.load.errors)} of ${int(p.load.saves + p.load.errors)}`, p.load.errors === 0], `direct pg: ${int(f.direct.errors)}`),
  ];
  for (const [index, scenario] of (f.phases[0]?.dashboard ?? []).entries()) {
    const idle = f.dashboardIdle[index];
    rows.push(row(`dashboard first page, ${scenario.name}: p95 ms`, `≤ ${SCALE_TARGET.dashboardP95Ms}`, (p) => {
      const d = p.dashboard[index]!;
      return [`${ms(d.latency.p95)} (n ${d.latency.count})`, d.latency.p95 <= SCALE_TARGET.dashboardP95Ms && d.errors === 0];
    }, `idle: ${ms(idle?.latency.p95 ?? Number.NaN)} (n ${idle?.latency.count ?? 0})`));
  }
  rows.push(row(`live update, save committed → ${f.liveIdle.clients} SSE clients: p95 ms`, `≤ ${int(SCALE_TARGET.liveP95Ms)}`, (p) => [ms(p.live.latency.p95), p.live.latency.p95 <= SCALE_TARGET.liveP95Ms && p.live.missed === 0], `idle: ${ms(f.liveIdle.latency.p95)}`));
  const jsOk = f.js.gzipBytes <= SCALE_TARGET.firstLoadKb * 1000;
  rows.push(row("review page first-load JS (gzip), kB", `≤ ${SCALE_TARGET.firstLoadKb}`, () => [(f.js.gzipBytes / 1000).toFixed(1), jsOk], `Next + React + root layout (every page): ${(f.js.floorGzipBytes / 1000).toFixed(1)}; ${f.js.files} files; loaded on demand: ${(f.js.onDemandGzipBytes / 1000).toFixed(1)}`));
  return rows;
}

function cpuLine(name: string, cpu: TCpu): string {
  const parts = Object.entries(cpu.trees).map(([tree, seconds]) => `${tree} ${(seconds / cpu.wallSeconds).toFixed(2)}`);
  return `CPU during ${name} (cores busy, of 2): ${parts.join(", ")}`;
}

export function scaleTable(f: TScaleFigures): string {
  const details = [
    cpuLine("direct pg", f.directCpu),
    `direct pg statuses: ${JSON.stringify(f.direct.statuses)}${f.direct.sample ? `; first failure: ${f.direct.sample}` : ""}`,
    ...f.phases.flatMap((p) => [
      cpuLine(p.name, p.cpu),
      `${p.name}: statuses ${JSON.stringify(p.load.statuses)}${p.load.sample ? `; first non-2xx: ${p.load.sample}` : ""}`,
      `${p.name}: live ${p.live.saves} probe saves, ${int(p.live.deliveries)} deliveries, ${p.live.missed} missed (> 5 s); from the save's commit p50 / p95 / p99 ${lat(p.live.latency)} ms; from sending the save request ${lat(p.live.fromRequest)} ms (the save's own p95 ${ms(p.live.saveLatency.p95)} ms)`,
    ]),
  ];
  return `${formatTable(scaleRows(f))}\n\n${details.join("\n")}`;
}
