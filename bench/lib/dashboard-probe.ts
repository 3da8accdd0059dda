import { summarizeLatencies, type TLatency } from "./latency";

// Editors reading the dashboard's first page while the load runs: each editor loops over the
// scenarios through GET /api/v1/dashboard (the same getDashboard the page renders), pausing between
// requests as a person would.

export type TDashboardScenario = { name: string; query: Record<string, string> };
export type TDashboardResult = { name: string; latency: TLatency; errors: number };

export async function runDashboardProbe({ baseUrl, token, scenarios, editors, pauseMs, isRunning }: {
  baseUrl: string; token: string; scenarios: TDashboardScenario[]; editors: number; pauseMs: number; isRunning: () => boolean;
}): Promise<TDashboardResult[]> {
  const samples = scenarios.map(() => [] as number[]);
  const errors = scenarios.map(() => 0);
  await Promise.all(Array.from({ length: editors }, async (_, editor) => {
    for (let n = editor; isRunning(); n++) {
      const index = n % scenarios.length;
      const t0 = performance.now();
      const response = await fetch(`${baseUrl}/api/v1/dashboard?${new URLSearchParams(scenarios[index]!.query)}`, { headers: { authorization: `Bearer ${token}` } });
      const body = (await response.json()) as { rows?: unknown[] };
      if (response.ok && Array.isArray(body.rows) && body.rows.length > 0) samples[index]!.push(performance.now() - t0);
      else errors[index]! += 1;
      await new Promise((r) => setTimeout(r, pauseMs));
    }
  }));
  return scenarios.map((scenario, i) => ({ name: scenario.name, latency: summarizeLatencies(samples[i]!), errors: errors[i]! }));
}
