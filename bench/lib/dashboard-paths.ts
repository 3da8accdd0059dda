import pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import { dashboardPageSql, dashboardSummarySql } from "@/lib/dashboard/dashboard-sql";
import { dashboardViewer } from "@/lib/dashboard/permissions";
import { ZDashboardQuery } from "@/lib/dashboard/schemas";
import type { TScenarioResult, TScenarioTimes } from "./report";

// The two paths timed per scenario: the app's own data function (Prisma client, zod, DTO mapping),
// and the very same two statements sent through a plain pg.Pool, in parallel as getDashboard does.

export type TScenario = { name: string; input: Record<string, string> };

export function scenarios({ investigationId, rareWord, sourceId }: { investigationId: string; rareWord: string; sourceId: string }): TScenario[] {
  const base = { investigationId };
  return [
    { name: "(a) unfiltered, last activity", input: base },
    { name: "(b) disputed", input: { ...base, disputed: "true" } },
    { name: "(c) SPLIT + needs review", input: { ...base, consensus: "SPLIT", needsReview: "true" } },
    { name: `(d) q=${rareWord}`, input: { ...base, q: rareWord } },
    { name: "(e) sort agreement asc", input: { ...base, sort: "agreement", dir: "asc" } },
    { name: "(f) one source", input: { ...base, sourceId } },
  ];
}

export type TStatement = { text: string; values: unknown[] };

/** The page and summary statements getDashboard runs for this input (first page, no cursor). */
export function statementsFor(
  actor: Actor, input: Record<string, string>, investigation: { blindReview: boolean; minVerdictsPerClaim: number },
): { page: TStatement; summary: TStatement } {
  const query = ZDashboardQuery.parse(input);
  const viewer = dashboardViewer(actor, investigation);
  const page = dashboardPageSql(query, viewer, null, investigation.minVerdictsPerClaim);
  const summary = dashboardSummarySql(query, viewer, investigation.minVerdictsPerClaim);
  return { page: { text: page.text, values: page.values }, summary: { text: summary.text, values: summary.values } };
}

export type TAppPath = (input: Record<string, string>) => Promise<{ rows: number; claims: number }>;

const elapsed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const result = await work();
  return [result, performance.now() - t0];
};

/** Warm-up, then `iterations` rounds alternating app and raw so drift hits both alike. */
export async function measureScenario(
  { scenario, app, pool, statements, warmup, iterations }: { scenario: TScenario; app: TAppPath; pool: pg.Pool; statements: { page: TStatement; summary: TStatement }; warmup: number; iterations: number },
): Promise<TScenarioResult> {
  const times: TScenarioTimes = { app: [], raw: [], page: [], summary: [] };
  let matches = 0;
  let pageRows = 0;
  const raw = async () => {
    const started = performance.now();
    const [page, summary] = await Promise.all([
      pool.query(statements.page.text, statements.page.values).then((r) => [r, performance.now() - started] as const),
      pool.query<{ claims: number }>(statements.summary.text, statements.summary.values).then((r) => [r, performance.now() - started] as const),
    ]);
    return { page, summary };
  };
  for (let i = 0; i < warmup; i++) {
    await app(scenario.input);
    await raw();
  }
  for (let i = 0; i < iterations; i++) {
    const [appResult, appMs] = await elapsed(() => app(scenario.input));
    const [rawResult, rawMs] = await elapsed(raw);
    times.app.push(appMs);
    times.raw.push(rawMs);
    times.page.push(rawResult.page[1]);
    times.summary.push(rawResult.summary[1]);
    const rawClaims = rawResult.summary[0].rows.reduce((n, row) => n + row.claims, 0);
    if (rawClaims !== appResult.claims) throw new Error(`${scenario.name}: app counts ${appResult.claims} claims, raw SQL ${rawClaims}`);
    matches = appResult.claims;
    pageRows = appResult.rows;
  }
  return { name: scenario.name, matches, pageRows, times };
}
