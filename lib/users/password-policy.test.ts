import { describe, expect, it } from "vitest";
import { commonPasswords } from "./common-passwords";
import { PASSWORD_MAX, passwordLength, passwordProblem, passwordProblemMessage } from "./password-policy";

const common = new Set(["password1234", "qwertyuiop12"]);
const check = (password: string, email = "ann@example.org") => passwordProblem(password, { email, common });

describe("passwordProblem", () => {
  it("needs at least 12 characters, counted as code points", () => {
    expect(check("short-pass1")).toBe("TOO_SHORT");
    expect(check("correct horse")).toBeNull();
    // 12 Chinese characters are 12 code points (and 36 UTF-8 bytes): allowed.
    expect(check("我们明天一起去北京看长城")).toBeNull();
    // 11 emoji are 22 UTF-16 units but 11 characters: too short.
    expect("🦊".repeat(11).length).toBe(22);
    expect(check("🦊".repeat(11))).toBe("TOO_SHORT");
    expect(check("🦊".repeat(12))).toBeNull();
  });

  it("allows up to 1024 characters", () => {
    expect(check("a".repeat(PASSWORD_MAX - 3) + "xyz")).toBeNull();
    expect(check("a".repeat(PASSWORD_MAX + 1))).toBe("TOO_LONG");
    expect(check("长".repeat(PASSWORD_MAX))).toBeNull();
  });

  it("refuses common passwords whatever their case", () => {
    expect(check("password1234")).toBe("COMMON");
    expect(check("PassWord1234")).toBe("COMMON");
    expect(check("QWERTYUIOP12")).toBe("COMMON");
    expect(check("password12345")).toBeNull();
  });

  it("refuses the account's own email address", () => {
    expect(check("Ann@Example.org", "ann@example.org")).toBe("IS_EMAIL");
    expect(check("ann@example.org", " ANN@example.org ")).toBe("IS_EMAIL");
    expect(check("ann@example.org.x", "ann@example.org")).toBeNull();
  });

  it("explains each problem in words a person can act on", () => {
    expect(passwordProblemMessage("TOO_SHORT", "长城")).toContain("this one has 2");
    expect(passwordProblemMessage("COMMON", "x")).toMatch(/common/);
  });

  it("counts code points", () => {
    expect(passwordLength("a🦊长")).toBe(3);
  });
});

describe("the shipped common-password list", () => {
  it("holds the top 10,000 and the long ones, lower-cased, without comments", () => {
    const list = commonPasswords();
    expect(list.size).toBeGreaterThanOrEqual(10_000);
    for (const known of ["123456", "password", "qwerty", "iloveyou", "123456789012", "password1234"]) expect(list.has(known), known).toBe(true);
    expect([...list].every((p) => p === p.toLowerCase() && !p.startsWith("#") && p.length > 0)).toBe(true);
    expect(passwordProblem("Password1234", { email: "a@b.c", common: list })).toBe("COMMON");
  });
});
