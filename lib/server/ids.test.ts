import { describe, expect, it } from "vitest";
import { newId } from "./ids";

describe("newId", () => {
  it("makes 25-character lower-case base-36 ids starting with c, unique and time-ordered across milliseconds", async () => {
    const first = Array.from({ length: 2_000 }, newId);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const later = newId();
    for (const id of [...first, later]) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    expect(new Set(first).size).toBe(first.length);
    expect(first.every((id) => id.slice(0, 9) <= later.slice(0, 9))).toBe(true);
  });
});
