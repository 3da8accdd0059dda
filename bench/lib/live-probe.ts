import http from "node:http";
import { summarizeLatencies, type TLatency } from "./latency";
import type { TClient } from "./scale-data";

// Live updates under load: SSE clients hold /api/events open as pages do (claim page, source page,
// dashboard), every one of them subscribed so that it must hear of the probe's saves; the probe
// saves a verdict on its claim through the API, waits until every client has the event (or 5 s),
// and does it again. Two latencies per delivery:
// - from the save: arrival at the client − the event's own time (`at`, stamped by the server as it
//   publishes, right after the save committed; one machine, one clock);
// - from the request: arrival − the moment the probe sent its save, so it includes the save's own
//   wait behind the load (the save's latency).

export type TLiveMix = { claim: number; source: number; investigation: number };
export type TLiveResult = { clients: number; saves: number; deliveries: number; missed: number; latency: TLatency; fromRequest: TLatency; saveLatency: TLatency };

const DELIVERY_TIMEOUT_MS = 5_000;
const PROBE_PERIOD_MS = 250;

type TStream = { ready: boolean; onProbeEvent: (publishedAt: number) => void; close: () => void };

function openStream(baseUrl: string, query: string, token: string, probeActorId: string): TStream {
  const stream: TStream = { ready: false, onProbeEvent: () => undefined, close: () => undefined };
  const request = http.get(`${baseUrl}/api/events?${query}`, { headers: { authorization: `Bearer ${token}` }, agent: false }, (response) => {
    let buffer = "";
    response.setEncoding("utf8");
    response.on("data", (chunk: string) => {
      const frames = (buffer + chunk).split("\n\n");
      buffer = frames.pop() ?? "";
      for (const frame of frames) {
        if (frame.includes("event: ready")) stream.ready = true;
        else if (frame.includes("event: change") && frame.includes(`"actorId":"${probeActorId}"`)) {
          stream.onProbeEvent(Date.parse(/"at":"([^"]+)"/.exec(frame)?.[1] ?? ""));
        }
      }
    });
    response.on("error", () => undefined);
  });
  request.on("error", () => undefined);
  stream.close = () => request.destroy();
  return stream;
}

/** `run` saves through `saveUrl` (default: the process the streams are on) until `isRunning` turns false. */
export type TLiveProbe = { waitUntilReady: () => Promise<number>; run: (isRunning: () => boolean, saveUrl?: string) => Promise<TLiveResult>; close: () => void };

export function startLiveProbe({ baseUrl, probe, claim, mix, listenerTokens }: {
  baseUrl: string; probe: TClient; claim: { id: string; sourceId: string; investigationId: string }; mix: TLiveMix; listenerTokens: string[];
}): TLiveProbe {
  const queries = [
    ...Array.from({ length: mix.claim }, () => `claimId=${claim.id}`),
    ...Array.from({ length: mix.source }, () => `sourceId=${claim.sourceId}`),
    ...Array.from({ length: mix.investigation }, () => `investigationId=${claim.investigationId}`),
  ];
  const streams = queries.map((query, i) => openStream(baseUrl, query, listenerTokens[i % listenerTokens.length]!, probe.reviewerId));

  async function waitUntilReady(): Promise<number> {
    const deadline = Date.now() + 30_000;
    while (streams.some((s) => !s.ready) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    return streams.filter((s) => s.ready).length;
  }

  // The version the probe's verdict is at, across runs (idle, then under load).
  let version = probe.items.find((item) => item.claimId === claim.id)?.version ?? 0;

  async function run(isRunning: () => boolean, saveUrl = baseUrl): Promise<TLiveResult> {
    const latencies: number[] = [];
    const fromRequest: number[] = [];
    const saveLatencies: number[] = [];
    let saves = 0;
    let missed = 0;
    for (let n = 0; isRunning(); n++) {
      const sentAt = performance.now();
      const arrived = new Set<number>();
      const all = new Promise<void>((resolve) => {
        streams.forEach((stream, index) => {
          stream.onProbeEvent = (publishedAt) => {
            if (arrived.has(index)) return;
            arrived.add(index);
            latencies.push(Date.now() - publishedAt);
            fromRequest.push(performance.now() - sentAt);
            if (arrived.size === streams.length) resolve();
          };
        });
      });
      const label = ["CORROBORATED", "CONTESTED", "CONTRADICTED"][n % 3];
      const response = await fetch(`${saveUrl}/api/v1/claims/${claim.id}/verdicts/me`, {
        method: "PUT",
        headers: { authorization: `Bearer ${probe.token}`, "content-type": "application/json" },
        body: JSON.stringify({ label, rationale: `Live probe ${n}.`, baseVersion: version }),
      });
      const body = (await response.json()) as { version?: number };
      saveLatencies.push(performance.now() - sentAt);
      if (!response.ok || body.version === undefined) throw new Error(`live probe save failed: ${response.status} ${JSON.stringify(body)}`);
      version = body.version;
      saves += 1;
      await Promise.race([all, new Promise((r) => setTimeout(r, DELIVERY_TIMEOUT_MS))]);
      missed += streams.length - arrived.size;
      for (const stream of streams) stream.onProbeEvent = () => undefined;
      const rest = PROBE_PERIOD_MS - (performance.now() - sentAt);
      if (rest > 0) await new Promise((r) => setTimeout(r, rest));
    }
    return { clients: streams.length, saves, deliveries: latencies.length, missed, latency: summarizeLatencies(latencies), fromRequest: summarizeLatencies(fromRequest), saveLatency: summarizeLatencies(saveLatencies) };
  }

  return { waitUntilReady, run, close: () => streams.forEach((s) => s.close()) };
}
