import type { TDashboardResult } from "./dashboard-probe";
import type { TFirstLoad } from "./first-load-js";
import type { TLatency } from "./latency";
import type { TLiveResult } from "./live-probe";
import { formatTable, type TRow } from "./report";
import type { TLoadResult } from "./save-load";

export const SCALE_TARGET = { savesPerSecond: 1_000, ofDirect: 0.5, saveP99Ms: 100, dashboardP95Ms: 150, liveP95Ms: 1_000, firstLoadKb: 150 } as const;

export type TScaleFigures = {
  api: TLoadResult;
  direct: TLoadResult;
  dashboard: TDashboardResult[];
  dashboardIdle: TDashboardResult[];
  live: TLiveResult;
  liveIdle: TLiveResult;
  js: TFirstLoad;
  cpu: { api: { wallSeconds: number; trees: Record<string, number> }; direct: { wallSeconds: number; trees: Record<string, number> } };
  clients: number;
  seconds: number;
};

const ms = (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : "–");
const int = (v: number) => Math.round(v).toLocaleString("en");
const pct = (v: number) => `${(v * 100).toFixed(0)} %`;
const lat = (l: TLatency) => `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)}`;
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");

export function scaleRows(f: TScaleFigures): TRow[] {
  const ratio = f.api.perSecond / f.direct.perSecond;
  const rows: TRow[] = [
    { measure: `verdict saves/s, API (${f.clients} clients, ${f.seconds} s)`, figure: int(f.api.perSecond), target: `≥ ${int(SCALE_TARGET.savesPerSecond)}`, comparison: `direct pg: ${int(f.direct.perSecond)}`, result: verdict(f.api.perSecond >= SCALE_TARGET.savesPerSecond) },
    { measure: "API saves/s ÷ direct saves/s", figure: pct(ratio), target: `≥ ${pct(SCALE_TARGET.ofDirect)}`, comparison: "same clients, claims, machine", result: verdict(ratio >= SCALE_TARGET.ofDirect) },
    { measure: "save latency p50 / p95 / p99, ms", figure: lat(f.api.latency), target: `p99 ≤ ${SCALE_TARGET.saveP99Ms}`, comparison: `direct pg: ${lat(f.direct.latency)}`, result: verdict(f.api.latency.p99 <= SCALE_TARGET.saveP99Ms) },
    { measure: "save errors (non-2xx, socket, timeout)", figure: `${int(f.api.errors)} of ${int(f.api.saves + f.api.errors)}`, target: "0", comparison: `direct pg: ${int(f.direct.errors)}`, result: verdict(f.api.errors === 0) },
  ];
  for (const d of f.dashboard) {
    const idle = f.dashboardIdle.find((i) => i.name === d.name);
    rows.push({
      measure: `dashboard first page, ${d.name}: p95 ms (n = ${d.latency.count})`, figure: ms(d.latency.p95), target: `≤ ${SCALE_TARGET.dashboardP95Ms}`,
      comparison: `idle: ${ms(idle?.latency.p95 ?? Number.NaN)}`, result: verdict(d.latency.p95 <= SCALE_TARGET.dashboardP95Ms && d.errors === 0),
    });
  }
  rows.push(
    {
      measure: `live update, save → ${f.live.clients} SSE clients: p95 ms`, figure: ms(f.live.latency.p95), target: `≤ ${int(SCALE_TARGET.liveP95Ms)}`,
      comparison: `idle: ${ms(f.liveIdle.latency.p95)}`, result: verdict(f.live.latency.p95 <= SCALE_TARGET.liveP95Ms && f.live.missed === 0),
    },
    {
      measure: "review page first-load JS (gzip), kB", figure: (f.js.gzipBytes / 1000).toFixed(1), target: `≤ ${SCALE_TARGET.firstLoadKb}`,
      comparison: `${f.js.files} files, ${(f.js.bytes / 1000).toFixed(0)} kB raw`, result: verdict(f.js.gzipBytes <= SCALE_TARGET.firstLoadKb * 1000),
    },
  );
  return rows;
}

function cpuLine(name: string, cpu: { wallSeconds: number; trees: Record<string, number> }): string {
  const parts = Object.entries(cpu.trees).map(([tree, seconds]) => `${tree} ${(seconds / cpu.wallSeconds).toFixed(2)}`);
  return `CPU during ${name} (cores busy, of 2): ${parts.join(", ")}`;
}

export function scaleTable(f: TScaleFigures): string {
  const details = [
    `Live: ${f.live.saves} probe saves, ${int(f.live.deliveries)} deliveries, ${f.live.missed} missed (> 5 s); delivery p50 / p95 / p99 ${lat(f.live.latency)} ms; the probe's own save p95 ${ms(f.live.saveLatency.p95)} ms.`,
    `API statuses: ${JSON.stringify(f.api.statuses)}${f.api.sample ? `; first non-2xx: ${f.api.sample}` : ""}. Direct: ${JSON.stringify(f.direct.statuses)}.`,
    cpuLine("the direct phase", f.cpu.direct),
    cpuLine("the API phase", f.cpu.api),
  ];
  return `${formatTable(scaleRows(f))}\n\n${details.join("\n")}`;
}
