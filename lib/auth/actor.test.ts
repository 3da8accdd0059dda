import { describe, expect, it } from "vitest";
import { hasRole, type Actor } from "./actor";

const actor = (role: Actor["role"]): Actor => ({ id: "u", email: "u@x.test", name: "U", role });

describe("hasRole", () => {
  it("orders roles reviewer < editor < admin", () => {
    expect(hasRole(actor("REVIEWER"), "EDITOR")).toBe(false);
    expect(hasRole(actor("EDITOR"), "EDITOR")).toBe(true);
    expect(hasRole(actor("ADMIN"), "EDITOR")).toBe(true);
    expect(hasRole(actor("EDITOR"), "ADMIN")).toBe(false);
  });
});
