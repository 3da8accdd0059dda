import { describe, expect, it } from "vitest";
import { AppError, toHttp } from "./errors";
import { refuseNul } from "./no-nul";

describe("refuseNul", () => {
  it("lets NUL-free values through, however nested", () => {
    let deep: unknown = "bottom";
    for (let i = 0; i < 100_000; i++) deep = { a: [deep] };
    expect(() => refuseNul(deep, "body")).not.toThrow();
    expect(() => refuseNul({ text: "澤倫斯基 👍🏽 \u202e", n: 1, ok: null }, "body")).not.toThrow();
  });

  it("refuses a NUL in a value or a key with a 400 naming the field", () => {
    for (const [value, path] of [
      [{ id: "a\u0000" }, "id"],
      [{ selector: { exact: "x\u0000y" } }, "selector.exact"],
      [{ evidence: [{}, { note: "\u0000" }] }, "evidence.1.note"],
      [{ "bad\u0000key": 1 }, "bad\u0000key"],
      ["\u0000", ""],
    ] as const) {
      let error: unknown;
      try {
        refuseNul(value, "body");
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      const { status, body } = toHttp(error);
      expect(status).toBe(400);
      expect(body.error.message).toMatch(/^Invalid body: .*NUL character/);
      expect(body.error.details).toEqual({ fields: [{ path, message: expect.stringContaining("U+0000") }] });
    }
  });
});
