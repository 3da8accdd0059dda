import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { anchorOrReject } from "@/lib/claims/anchor-input";
import { decodeCursor } from "@/lib/dashboard/dashboard-sql";
import { parseReportFile } from "@/lib/reports/formats";
import { parseDocument } from "@/lib/sources/parse-document";
import { hostileString } from "@/lib/testing/hostile-values";
import { recordSummary } from "@/lib/testing/run-summary";
import { AppError } from "./errors";
import { readJsonBody } from "./read-json";
import { parseLiveFilter } from "./sse";

// The entry points that parse by hand rather than with one zod schema: request bodies as bytes,
// report file names, dashboard cursors, live-update filters, imported files and claim selectors.
// Each either yields a value or refuses with a 4xx AppError and a message; nothing else escapes.

const tally = { tried: 0, ok: 0 };
afterAll(() => recordSummary({ metric: "Random/boundary inputs to validated entry points: rejected as 4xx or accepted, no 500", tried: tally.tried, ok: tally.ok }));

function acceptedOr4xx(run: () => unknown): void {
  tally.tried += 1;
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBeGreaterThanOrEqual(400);
    expect((error as AppError).status).toBeLessThan(500);
    expect((error as AppError).message.trim().length).toBeGreaterThan(10);
  }
  tally.ok += 1;
}

const jsonish = fc.oneof(fc.json(), hostileString, fc.uint8Array({ maxLength: 200 }).map((b) => new TextDecoder().decode(b)));

describe("property: hand-written parsers accept or refuse with a 4xx and a message", () => {
  it("request bodies: any bytes are JSON, a 400 or a 413", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(jsonish.map((s) => new TextEncoder().encode(s)), fc.uint8Array({ maxLength: 300 })), fc.integer({ min: 0, max: 400 }), async (bytes, limit) => {
        tally.tried += 1;
        const request = new Request("http://desk.test/x", { method: "POST", body: bytes });
        const result = await readJsonBody(request, limit).then(
          () => null,
          (e: unknown) => e,
        );
        if (result !== null) {
          expect(result).toBeInstanceOf(AppError);
          expect([400, 413]).toContain((result as AppError).status);
        } else expect(bytes.length).toBeLessThanOrEqual(limit);
        tally.ok += 1;
      }),
      { numRuns: 500 },
    );
  });

  it("report file names: parts or null, never a crash", () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.tuple(hostileString, fc.constantFrom(".csv", ".verdicts.csv", ".json", ".claimreview.jsonld", ".pdf")).map(([id, suffix]) => id + suffix)), (file) => {
        acceptedOr4xx(() => {
          const parsed = parseReportFile(file);
          if (parsed) expect(parsed.investigationId.length).toBeGreaterThan(0);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("dashboard cursors: a cursor or null, never a crash", () => {
    fc.assert(fc.property(fc.oneof(hostileString, jsonish.map((s) => Buffer.from(s).toString("base64url"))), (raw) => acceptedOr4xx(() => decodeCursor(raw))), { numRuns: 500 });
  });

  it("live-update filters from a query string", () => {
    const keys = fc.constantFrom("investigationId", "sourceId", "claimId", "__proto__", "x");
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, hostileString), { maxLength: 5 }), (pairs) => acceptedOr4xx(() => parseLiveFilter(new URLSearchParams(pairs)))),
      { numRuns: 500 },
    );
  });

  it("imported files: any name and bytes are parsed or refused (400/413/422)", () => {
    const names = fc.oneof(hostileString, fc.constantFrom("a.txt", "b.md", "c.html", "d.htm", ".txt", "e.TXT", "f.exe", "g"), hostileString.map((s) => `${s}.md`));
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 400 }), hostileString.map((s) => new TextEncoder().encode(s)), fc.constantFrom("---\ntitle: [\n---\nx", "---\n__proto__: {a: 1}\n---\ntext", "<html><body>" + "<div>".repeat(3000) + "x").map((s) => new TextEncoder().encode(s)));
    fc.assert(fc.property(names, bytes, (fileName, content) => acceptedOr4xx(() => parseDocument({ fileName, bytes: content }))), { numRuns: 500 });
  });

  it("claim selectors against real text either anchor or are refused with a 400", () => {
    const text = "川普表示，烏克蘭的邊界不太可能回復到2014年以前。👍🏽 Ukraine will not accept it.";
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -5, max: 80 }), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 1.5)), fc.integer({ min: -5, max: 80 }), hostileString, (start, end, exact) => {
        acceptedOr4xx(() => {
          const anchor = anchorOrReject(text, { start, end, exact });
          expect(anchor.position).toEqual({ start, end });
        });
      }),
      { numRuns: 2_000 },
    );
  });
});
