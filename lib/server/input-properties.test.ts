import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ZFinalVerdict } from "@/lib/adjudication/schemas";
import { ZCredentials } from "@/lib/auth/authenticate";
import { anchorOrReject } from "@/lib/claims/anchor-input";
import { ZCreateClaim, ZListClaims, ZUpdateClaim } from "@/lib/claims/schemas";
import { ZAddComment, ZEditComment } from "@/lib/comments/schemas";
import { ZDashboardQuery } from "@/lib/dashboard/schemas";
import { ZNewUser } from "@/lib/users/schemas";
import { ZSaveVerdict } from "@/lib/verdicts/schemas";
import { AppError } from "./errors";
import { parseInput } from "./validation";

// Every zod-validated entry point, fed random and boundary values: the only outcomes allowed are a
// parsed value or an AppError with a 4xx status and a message naming what is wrong.
const SCHEMAS: Record<string, z.ZodType> = { ZCreateClaim, ZUpdateClaim, ZListClaims, ZSaveVerdict, ZAddComment, ZEditComment, ZDashboardQuery, ZFinalVerdict, ZCredentials, ZNewUser };

const boundaryString = fc.oneof(
  fc.constantFrom("", " ", "\u0000", "\u202e", "👍🏽", "𠮷", "澤倫斯基", "<script>alert(1)</script>", "a".repeat(10_001), "%_\\", "NaN", "-1", "1e309"),
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 50 }),
);
const anyValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    boundaryString,
    fc.integer(),
    fc.constantFrom(-1, 0, 2 ** 31, Number.MAX_SAFE_INTEGER, Number.NaN, Number.POSITIVE_INFINITY, 1.5),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom("claimId", "label", "rationale", "evidence", "text", "selector", "start", "end", "exact", "sourceId", "stance", "baseVersion", "investigationId", "sort", "cursor", "q", "email", "password", "role", "name", "body", "parentId", "limit"), tie("value"), { maxKeys: 8 }),
  ),
})).value;

function outcome(schema: z.ZodType, input: unknown): "ok" | "4xx" {
  try {
    parseInput(schema, input);
    return "ok";
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    expect((error as AppError).message).toMatch(/^Invalid input: .+/);
    return "4xx";
  }
}

describe("property: every validated entry point answers a parsed value or a 400 with a message", () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(name, () => {
      fc.assert(fc.property(anyValue, (input) => void outcome(schema, input)), { numRuns: 400 });
    });
  }

  it("selectors against real text either anchor or are refused with a 400", () => {
    const text = "川普表示，烏克蘭的邊界不太可能回復到2014年以前。👍🏽 Ukraine will not accept it.";
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 80 }), fc.integer({ min: -5, max: 80 }), boundaryString, (start, end, exact) => {
        try {
          const anchor = anchorOrReject(text, { start, end, exact });
          expect(anchor.position).toEqual({ start, end });
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).status).toBe(400);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
