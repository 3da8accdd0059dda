import { describe, expect, it } from "vitest";
import { describeDocument } from "./describe-document";
import { constraintsOf, typeLabel } from "./describe-schema";
import { openApiDocument } from "./openapi";

describe("typeLabel", () => {
  it("reads refs, nullables, arrays, enums, formats and small objects", () => {
    expect(typeLabel({ $ref: "#/components/schemas/Claim" })).toBe("Claim");
    expect(typeLabel({ type: ["string", "null"] })).toBe("string | null");
    expect(typeLabel({ anyOf: [{ $ref: "#/components/schemas/Verdict" }, { type: "null" }] })).toBe("Verdict | null");
    expect(typeLabel({ type: "array", items: { $ref: "#/components/schemas/Claim" } })).toBe("Claim[]");
    expect(typeLabel({ type: "array", items: { type: ["string", "null"] } })).toBe("(string | null)[]");
    expect(typeLabel({ type: "string", enum: ["asc", "desc"] })).toBe('"asc" | "desc"');
    expect(typeLabel({ type: "string", format: "date-time" })).toBe("string (date-time)");
    expect(typeLabel({ type: "object", properties: { a: { type: "string" }, b: { type: "integer" } }, required: ["a"] })).toBe("{ a: string, b?: integer }");
    expect(typeLabel({ type: "object", additionalProperties: {} })).toBe("object");
    expect(typeLabel({})).toBe("any");
  });

  it("states limits people need, and not zod's safe-integer bound", () => {
    expect(constraintsOf({ type: "string", minLength: 1, maxLength: 64 })).toBe("1–64 characters");
    expect(constraintsOf({ type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER })).toBe("≥ 0");
    expect(constraintsOf({ type: "integer", minimum: 1, maximum: 200, default: 50 })).toBe("1–200, default 50");
    expect(constraintsOf({ type: "string" })).toBeNull();
  });
});

describe("describeDocument on the real document", () => {
  const { tags, schemas } = describeDocument(openApiDocument());
  const operation = (method: string, path: string) => tags.flatMap((t) => t.operations).find((o) => o.method === method && o.path === path);

  it("groups every operation under its tag, in the document's tag order", () => {
    expect(tags.map((t) => t.name).slice(0, 3)).toEqual(["Me", "Sources", "Claims"]);
    expect(tags.flatMap((t) => t.operations).length).toBe(Object.values(openApiDocument().paths ?? {}).flatMap((item) => Object.keys(item as object)).length);
  });

  it("shows a request body's fields with required flags and the use case's limits", () => {
    const create = operation("POST", "/api/v1/claims")!;
    expect(create.access).toBe("sessionOrToken");
    expect(create.body?.fields.map((f) => [f.name, f.required])).toEqual([
      ["sourceId", true],
      ["text", true],
      ["selector", true],
      ["selector.exact", true],
      ["selector.prefix", false],
      ["selector.suffix", false],
      ["selector.start", true],
      ["selector.end", true],
    ]);
    const verdict = operation("PUT", "/api/v1/claims/{id}/verdicts/me")!;
    expect(verdict.body?.fields.find((f) => f.name === "evidence[].stance")).toMatchObject({ type: '"SUPPORTS" | "REFUTES"', required: true });
    expect(verdict.body?.fields.some((f) => f.name === "claimId")).toBe(false);
    expect(create.body?.fields.find((f) => f.name === "text")?.constraints).toBe("1–2000 characters");
    expect(create.responses.map((r) => r.status)).toEqual(["201", "400", "401", "403", "404", "413", "503"]);
    expect(create.responses[0]).toMatchObject({ type: "Claim", ref: "Claim", mediaType: "application/json" });
  });

  it("shows parameters, access and the multipart upload", () => {
    const dashboard = operation("GET", "/api/v1/dashboard")!;
    expect(dashboard.params.find((p) => p.name === "investigationId")).toMatchObject({ in: "query", required: true });
    expect(dashboard.params.find((p) => p.name === "limit")?.constraints).toBe("1–200, default 50");
    expect(operation("GET", "/api/health")!.access).toBe("public");
    expect(operation("POST", "/api/v1/tokens")!.access).toBe("session");
    const upload = operation("POST", "/api/v1/investigations/{id}/files")!;
    expect(upload.body).toMatchObject({ mediaType: "multipart/form-data", fields: [{ name: "file", type: "string (binary)", required: true }] });
  });

  it("lists the shared schemas with their fields", () => {
    const claim = schemas.find((s) => s.name === "Claim")!;
    expect(claim.fields.find((f) => f.name === "createdBy")).toMatchObject({ type: "{ id: string, name: string } | null", required: true });
    expect(schemas.find((s) => s.name === "Comment")!.fields.find((f) => f.name === "replies")).toMatchObject({ type: "Comment[]", ref: "Comment" });
  });
});
