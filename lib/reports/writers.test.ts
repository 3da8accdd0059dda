import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { chunked } from "./byte-stream";
import { jsonReport, verdictsCsv } from "./writers";
import type { TReportVerdict } from "./report-schema";

async function text(parts: AsyncIterable<string>): Promise<string> {
  let all = "";
  for await (const part of parts) all += part;
  return all;
}
async function* from<T>(items: T[]) {
  yield* items;
}
const verdict = (id: string, rationale: string): TReportVerdict => ({
  id, reviewer: { id: "u", name: "陳美, Chen" }, label: "CONTRADICTED", rationale, version: 1, createdAt: "2025-01-01T00:00:00.000Z", updatedAt: "2025-01-01T00:00:00.000Z", evidence: [],
});

describe("CSV framing", () => {
  it("starts with a byte-order mark, ends records with CRLF and round-trips awkward text", async () => {
    const rationales = ['他說："不"，然後離開', "line one\nline two", "a, b; c", "=HYPERLINK(\"http://evil\")", "-1 is not a formula either"];
    const csv = await text(verdictsCsv(from([[{ first: { claimId: "c1" } as never, verdicts: rationales.map((r, i) => verdict(`v${i}`, r)) }]])));
    expect(csv.startsWith("\uFEFFclaim_id,verdict_id,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const records = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(records.map((r) => r.rationale)).toEqual([rationales[0], rationales[1], rationales[2], `'${rationales[3]}`, `'${rationales[4]}`]);
    expect(records[0]!.reviewer).toBe("陳美, Chen");
  });
});

describe("JSON framing", () => {
  it("writes the header, one claim per line and the count", async () => {
    const json = await text(jsonReport(from([[{ id: "a" }], [{ id: "b" }]] as never[][]), { $schema: "s", desk: { name: "D" } }));
    expect(JSON.parse(json)).toEqual({ $schema: "s", desk: { name: "D" }, claims: [{ id: "a" }, { id: "b" }], claimCount: 2 });
    expect(json.split("\n")).toHaveLength(5);
    expect(JSON.parse(await text(jsonReport(from([]), { x: 1 })))).toEqual({ x: 1, claims: [], claimCount: 0 });
  });
});

describe("chunked", () => {
  it("gathers strings into chunks of at least the given size, keeping the remainder", async () => {
    const chunks: string[] = [];
    for await (const chunk of chunked(from(["ab", "cd", "e", "fghij", "k"]), 4)) chunks.push(chunk);
    expect(chunks).toEqual(["abcd", "efghij", "k"]);
  });
});
