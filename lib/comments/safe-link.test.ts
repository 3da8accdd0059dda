import { describe, expect, it } from "vitest";
import { safeLinkHref } from "./safe-link";

describe("safeLinkHref", () => {
  it.each([
    ["https://example.org/a?b=1#c", "https://example.org/a?b=1#c"],
    ["http://example.org", "http://example.org/"],
    ["HTTPS://Example.org/x", "https://example.org/x"],
    ["mailto:desk@example.org", "mailto:desk@example.org"],
    ["  https://example.org/pad  ", "https://example.org/pad"],
  ])("keeps %j as %j", (input, expected) => {
    expect(safeLinkHref(input)).toBe(expected);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "\u0000javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox",
    "/api/v1/claims",
    "//evil.example/x",
    "#top",
    "ftp://example.org/file",
    "",
  ])("drops %j", (input) => {
    expect(safeLinkHref(input)).toBeNull();
  });
});
