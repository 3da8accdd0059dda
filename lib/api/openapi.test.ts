import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { TFinalVerdictDto } from "@/lib/adjudication/dto";
import type { TCorrection } from "@/lib/adjudication/list-corrections";
import type { TQueueItem } from "@/lib/assignments/assignments";
import type { Actor } from "@/lib/auth/actor";
import type { TClaimDto } from "@/lib/claims/dto";
import type { TCommentDto } from "@/lib/comments/dto";
import type { TDashboard, TDashboardRow } from "@/lib/dashboard/get-dashboard";
import type { TEntityDto } from "@/lib/entities/dto";
import type { TSearchHit, TSearchResult } from "@/lib/search/dto";
import type { TDashboardSummary } from "@/lib/dashboard/summary";
import type { THealth } from "@/lib/health/check-health";
import type { TInvestigationSummary, TSourceSummary } from "@/lib/investigations/list-investigations";
import type { TSourceDetail } from "@/lib/sources/get-source";
import type { TImportResult } from "@/lib/sources/import-source";
import type { ZImportResult } from "@/lib/sources/import-schemas";
import type { TSuggestion } from "@/lib/suggestions/suggest-claims";
import type { TApiTokenDto, TCreatedTokenDto } from "@/lib/tokens/dto";
import type { TAccountDto, TCreatedInvitationDto, TInvitationDto } from "@/lib/users/dto";
import type { TLocaleChoice } from "@/lib/users/set-locale";
import * as A from "./paths-accounts";
import * as S from "./paths-search";
import type { TClaimVerdicts } from "@/lib/verdicts/list-verdicts";
import type { TVerdictDto } from "@/lib/verdicts/dto";
import { openApiDocument, TAGS } from "./openapi";
import type * as R from "./response-schemas";
import type * as D from "./response-schemas-desk";
import * as M from "./response-schemas-matching";
import type { TPassageMatch } from "@/lib/matching/find-matches";
import type { TSimilarClaim } from "@/lib/clusters/find-similar-claims";
import type { TClusterDto } from "@/lib/clusters/link-claims";
import type { TClusterSummary } from "@/lib/clusters/list-clusters";

const ROOT = path.resolve(import.meta.dirname, "../..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
// next-auth's own routes, and the catch-all that answers unknown API paths with a JSON 404.
const NOT_DOCUMENTED = new Set(["/api/auth/{...nextauth}", "/api/{...path}"]);
// One route file serves each report format as its own documented path.
const EXPANDS: Record<string, string[]> = {
  "/api/v1/reports/{file}": [".csv", ".verdicts.csv", ".json", ".claimreview.jsonld", ".pdf"].map((s) => `/api/v1/reports/{investigationId}${s}`),
};

/** Every route file under app/api as [documented path, exported HTTP methods]. */
function routesOnDisk(): [string, string[]][] {
  const files = readdirSync(path.join(ROOT, "app/api"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("route.ts"));
  return files.flatMap((file) => {
    const urlPath = "/api/" + path.dirname(file).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, "{$1}")).join("/");
    if (NOT_DOCUMENTED.has(urlPath)) return [];
    const source = readFileSync(path.join(ROOT, "app/api", file), "utf8");
    const methods = METHODS.filter((m) => new RegExp(`export (const|async function|function) ${m}\\b|as ${m}\\b`).test(source));
    return (EXPANDS[urlPath] ?? [urlPath]).map((p): [string, string[]] => [p, methods]);
  });
}

const doc = openApiDocument();
const operations = Object.entries(doc.paths ?? {}).flatMap(([p, item]) =>
  METHODS.flatMap((m) => {
    const op = (item as Record<string, unknown>)[m.toLowerCase()] as Record<string, unknown> | undefined;
    return op ? [{ path: p, method: m, op }] : [];
  }),
);

describe("the OpenAPI document", () => {
  it("documents every route file under app/api with each method it exports", () => {
    const routes = routesOnDisk();
    expect(routes.length).toBeGreaterThan(15);
    const missing = routes.flatMap(([p, methods]) => methods.filter((m) => !operations.some((o) => o.path === p && o.method === m)).map((m) => `${m} ${p}`));
    expect(missing).toEqual([]);
  });

  it("documents no route that has no file", () => {
    const onDisk = new Set(routesOnDisk().map(([p]) => p));
    const stale = Object.keys(doc.paths ?? {}).filter((p) => !onDisk.has(p));
    expect(stale).toEqual([]);
  });

  it("is structurally OpenAPI 3.1: version, info, paths, components, security schemes, resolvable refs", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(Object.keys(doc.components?.securitySchemes ?? {})).toEqual(["session", "bearer"]);
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    for (const ref of new Set(refs)) expect(doc.components?.schemas, ref).toHaveProperty([ref]);
  });

  it("gives every operation a known tag, a summary, a success status and its path parameters", () => {
    const tags = new Set(TAGS.map((t) => t.name));
    for (const { path: p, method, op } of operations) {
      const where = `${method} ${p}`;
      expect(tags.has((op.tags as string[])[0]!), where).toBe(true);
      expect(op.summary, where).toEqual(expect.any(String));
      expect(Object.keys(op.responses as object).some((s) => /^2/.test(s)), where).toBe(true);
      const declared = ((op.parameters ?? []) as { in: string; name: string; required?: boolean }[]).filter((x) => x.in === "path");
      const inPath = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(declared.map((x) => x.name).sort(), where).toEqual(inPath.sort());
      expect(declared.every((x) => x.required), where).toBe(true);
    }
  });

  it("names 413 on every JSON or upload body, and uses only the shared error shape for failures", () => {
    for (const { path: p, method, op } of operations) {
      const responses = op.responses as Record<string, { content?: Record<string, { schema?: unknown }> }>;
      if (op.requestBody) expect(responses, `${method} ${p}`).toHaveProperty(["413"]);
      for (const [status, response] of Object.entries(responses)) {
        if (/^[45]/.test(status) && p.startsWith("/api/v1/")) expect(response.content?.["application/json"]?.schema, `${method} ${p} ${status}`).toEqual({ $ref: "#/components/schemas/Error" });
      }
    }
  });

  it("holds JSON Schemas that compile (2020-12)", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const components = doc.components;
    for (const { path: p, method, op } of operations) {
      const bodies = [op.requestBody, ...Object.values(op.responses as object)] as { content?: Record<string, { schema?: object }> }[];
      for (const media of bodies.flatMap((b) => Object.values(b?.content ?? {}))) {
        if (media.schema) expect(() => ajv.compile({ ...media.schema, components }), `${method} ${p}`).not.toThrow();
      }
    }
  });
});

// Dates leave the server as ISO strings; everything else is as the use case returns it.
// Intersections and Omit<> compare equal to the schemas' plain objects only once flattened.
type Flat<T> = { [K in keyof T]: T[K] };
type TJson<T> = T extends Date ? string : T extends (infer U)[] ? TJson<U>[] : T extends object ? { [K in keyof T]: TJson<T[K]> } : T;

describe("response schemas match the DTOs the use cases return (checked by tsc)", () => {
  it("claims, verdicts, comments, final verdicts", () => {
    expectTypeOf<z.output<typeof R.ZActor>>().toEqualTypeOf<Actor>();
    expectTypeOf<z.output<typeof R.ZClaim>>().toEqualTypeOf<TClaimDto>();
    expectTypeOf<z.output<typeof R.ZVerdict>>().toEqualTypeOf<TVerdictDto>();
    expectTypeOf<Omit<z.output<typeof R.ZClaimVerdicts>, "items" | "nextCursor">>().toEqualTypeOf<TClaimVerdicts>();
    expectTypeOf<z.output<typeof R.ZComment>>().toEqualTypeOf<TCommentDto>();
    expectTypeOf<z.output<typeof R.ZFinalVerdict>>().toEqualTypeOf<TFinalVerdictDto>();
    expectTypeOf<z.output<typeof R.ZSourceSummary>>().toEqualTypeOf<TJson<TSourceSummary>>();
    // What GET /api/v1/sources/{id} and GET /api/v1/investigations make of the use cases' results.
    expectTypeOf<z.output<typeof R.ZSourceDetail>>().toEqualTypeOf<Flat<TJson<Omit<TSourceDetail, "cleanText" | "rawText">> & { text: string; claims: TClaimDto[]; claimsNextCursor: string | null }>>();
    expectTypeOf<z.output<typeof R.ZInvestigation>>().toEqualTypeOf<Flat<Omit<TInvestigationSummary, "sources"> & { sourceCount: number }>>();
    expectTypeOf<z.output<typeof R.ZSuggestions>>().toEqualTypeOf<{ suggestions: TSuggestion[] }>();
    expectTypeOf<z.output<typeof ZImportResult>>().toEqualTypeOf<{ sourceId: string; title: string; status: TImportResult["status"] }>();
  });

  it("desk-wide responses", () => {
    expectTypeOf<z.output<typeof D.ZQueueItem>>().toEqualTypeOf<TQueueItem>();
    expectTypeOf<z.output<typeof D.ZCorrection>>().toEqualTypeOf<TCorrection>();
    expectTypeOf<z.output<typeof D.ZDashboardRow>>().toEqualTypeOf<TDashboardRow>();
    expectTypeOf<z.output<typeof D.ZDashboardSummary>>().toEqualTypeOf<TDashboardSummary>();
    expectTypeOf<z.output<typeof D.ZDashboard>>().toEqualTypeOf<Flat<Omit<TDashboard, "query">>>();
    expectTypeOf<z.output<typeof D.ZApiToken>>().toEqualTypeOf<TApiTokenDto>();
    expectTypeOf<z.output<typeof D.ZCreatedToken>>().toEqualTypeOf<Flat<TCreatedTokenDto>>();
    expectTypeOf<z.output<typeof D.ZHealth>>().toEqualTypeOf<THealth>();
  });

  it("matching and cluster responses", () => {
    expectTypeOf<z.output<typeof M.ZPassageMatch>>().toEqualTypeOf<TPassageMatch>();
    expectTypeOf<z.output<typeof M.ZSimilarClaim>>().toEqualTypeOf<TSimilarClaim>();
    expectTypeOf<z.output<typeof M.ZCluster>>().toEqualTypeOf<TClusterDto>();
    expectTypeOf<z.output<typeof M.ZClusterSummary>>().toEqualTypeOf<TClusterSummary>();
  });

  it("search and entity responses", () => {
    expectTypeOf<z.output<typeof S.ZSearchHit>>().toEqualTypeOf<TSearchHit>();
    expectTypeOf<z.output<typeof S.ZSearchResult>>().toEqualTypeOf<TSearchResult>();
    expectTypeOf<z.output<typeof S.ZEntity>>().toEqualTypeOf<TEntityDto>();
  });

  it("account responses", () => {
    expectTypeOf<z.output<typeof A.ZAccount>>().toEqualTypeOf<TAccountDto>();
    expectTypeOf<z.output<typeof A.ZPendingInvitation>>().toEqualTypeOf<TInvitationDto>();
    expectTypeOf<z.output<typeof A.ZCreatedInvitation>>().toEqualTypeOf<TCreatedInvitationDto>();
    expectTypeOf<z.output<typeof A.ZLocaleChoice>>().toEqualTypeOf<TLocaleChoice>();
  });
});
