import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sameSitePath } from "./same-site-path";

describe("sameSitePath", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(sameSitePath("/claims/abc?view=raw#c1")).toBe("/claims/abc?view=raw#c1");
    expect(sameSitePath("/dashboard?q=%E6%BE%A4")).toBe("/dashboard?q=%E6%BE%A4");
    expect(sameSitePath(undefined)).toBe("/");
  });

  it("refuses every way of naming another host, including the ones browsers normalise", () => {
    for (const raw of ["//evil.example", "/\\evil.example", "/\\/evil.example", "/\t/evil.example", "/\n/evil.example", "https://evil.example/", "javascript:alert(1)", "evil.example", "\\\\evil.example"]) {
      expect(sameSitePath(raw), raw).toBe("/");
    }
  });

  it("whatever it is given, a browser resolving the answer stays on this site", () => {
    const site = "https://desk.example";
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((s) => "/" + s), fc.constantFrom("/\\", "//", "/\t", "/%5C")).chain((p) => fc.tuple(fc.constant(p), fc.string())), ([prefix, rest]) => {
        expect(new URL(sameSitePath(prefix + rest), site).origin).toBe(site);
      }),
      { numRuns: 2_000 },
    );
  });
});
