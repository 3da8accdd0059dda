import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { ZFinalVerdict } from "@/lib/adjudication/schemas";
import { claimPaths } from "@/lib/api/paths-claims";
import { deskPaths } from "@/lib/api/paths-desk";
import { sourcePaths } from "@/lib/api/paths-sources";
import { ZAssignment } from "@/lib/assignments/assignments";
import { ZCredentials } from "@/lib/auth/authenticate";
import { ZCreateClaim, ZListClaims, ZUpdateClaim } from "@/lib/claims/schemas";
import { ZAddComment, ZEditComment } from "@/lib/comments/schemas";
import { ZDashboardQuery } from "@/lib/dashboard/schemas";
import { ZLiveFilter } from "@/lib/events/types";
import { ZPdfReportInput, ZReportFilters } from "@/lib/reports/pdf-schemas";
import { ZImportText } from "@/lib/sources/import-schemas";
import { ZManifest } from "@/lib/sources/manifest";
import { hostileQuery, hostileValue } from "@/lib/testing/hostile-values";
import { recordSummary } from "@/lib/testing/run-summary";
import { ZCreateToken, ZRevokeToken } from "@/lib/tokens/schemas";
import { ZNewUser } from "@/lib/users/schemas";
import { ZEvidenceInput, ZSaveVerdict } from "@/lib/verdicts/schemas";
import { ZIdParams, ZInvestigationQuery } from "./api-schemas";
import { AppError, toHttp } from "./errors";
import { invalidInput, parseInput } from "./validation";

// Every zod-validated entry point, fed random and boundary values: the only outcomes allowed are a
// parsed value, or a 400 (through invalidInput and toHttp, as the API answers) whose message and
// per-field messages a person can read. Nothing else may be thrown, and nothing may pollute
// Object.prototype. tally feeds the summary `npm test` prints.
const tally = { tried: 0, ok: 0 };
afterAll(() => recordSummary({ metric: "Random/boundary inputs to validated entry points: rejected as 4xx or accepted, no 500", tried: tally.tried, ok: tally.ok }));

type TEntry = { name: string; schema: z.ZodType; where: string; strings: boolean };

/** Every path, query and JSON body schema of the API, read from the OpenAPI paths (lib/api/paths-*.ts). */
function documentedInputs(): TEntry[] {
  const isZod = (value: unknown): value is z.ZodType => typeof (value as z.ZodType | undefined)?.safeParse === "function";
  return Object.entries({ ...sourcePaths, ...claimPaths, ...deskPaths }).flatMap(([path, item]) =>
    Object.entries(item as Record<string, { requestParams?: Record<string, unknown>; requestBody?: { content: Record<string, { schema?: unknown }> } }>).flatMap(([method, op]) => {
      const params = Object.entries(op.requestParams ?? {}).flatMap(([where, schema]) => (isZod(schema) ? [{ name: `${method.toUpperCase()} ${path} ${where}`, schema, where, strings: true }] : []));
      const json = op.requestBody?.content["application/json"]?.schema;
      return [...params, ...(isZod(json) ? [{ name: `${method.toUpperCase()} ${path} body`, schema: json, where: "body", strings: false }] : [])];
    }),
  );
}

// The use cases' own schemas (routes pass bodies through to them), forms, importers, filters, search.
const USE_CASES: Record<string, z.ZodType> = {
  ZCreateClaim, ZUpdateClaim, ZListClaims, ZSaveVerdict, ZEvidenceInput, ZAddComment, ZEditComment, ZAssignment, ZFinalVerdict,
  ZDashboardQuery, ZReportFilters, ZPdfReportInput, ZImportText, ZManifest, ZCreateToken, ZRevokeToken, ZCredentials, ZNewUser, ZLiveFilter, ZIdParams, ZInvestigationQuery,
};
const ENTRIES: TEntry[] = [...documentedInputs(), ...Object.entries(USE_CASES).map(([name, schema]) => ({ name, schema, where: "input", strings: false }))];

/** Parsed, or refused the way the API refuses: 400 with a readable message naming each field. */
function expectParsedOr400(run: () => unknown, where: string): "ok" | "400" {
  try {
    run();
    return "ok";
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const { status, body } = toHttp(error);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(new RegExp(`^Invalid ${where}: \\S`));
    expect(body.error.message).not.toMatch(/\[object |at .+\.ts:\d+/);
    for (const field of (body.error.details as { fields: { message: string }[] }).fields) expect(field.message.trim()).not.toBe("");
    return "400";
  }
}

describe("property: every validated entry point answers a parsed value or a 400 with a message", () => {
  it("finds the API's inputs in the OpenAPI paths", () => {
    const names = ENTRIES.map((e) => e.name);
    expect(names.length).toBeGreaterThan(35);
    for (const name of ["POST /api/v1/claims body", "PUT /api/v1/claims/{id}/verdicts/me body", "GET /api/v1/dashboard query", "POST /api/v1/sources body", "DELETE /api/v1/tokens/{id} path"]) expect(names).toContain(name);
  });

  for (const { name, schema, where, strings } of ENTRIES) {
    it(name, () => {
      fc.assert(
        fc.property(strings ? hostileQuery(schema) : hostileValue(schema), (input) => {
          tally.tried += 1;
          expectParsedOr400(() => {
            const parsed = schema.safeParse(input);
            if (!parsed.success) throw invalidInput(parsed.error, where);
          }, where);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.getPrototypeOf({})).toBe(Object.prototype);
          tally.ok += 1;
        }),
        { numRuns: 300 },
      );
    });
  }

  it("parseInput (what use cases call) wraps the same refusals", () => {
    fc.assert(
      fc.property(hostileValue(ZSaveVerdict), (input) => {
        tally.tried += 1;
        expectParsedOr400(() => parseInput(ZSaveVerdict, input), "input");
        tally.ok += 1;
      }),
      { numRuns: 300 },
    );
  });
});
