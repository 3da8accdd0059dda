import { describe, expect, it } from "vitest";
import { ImportRefusedError, parseDocument } from "./parse-document";

// Uploaded files are untrusted: every pattern must stay linear, so a crafted 5 MB file costs
// seconds, not hours. A quadratic regression makes these time out.

const parse = (fileName: string, content: string) => parseDocument({ fileName, bytes: new TextEncoder().encode(content) });

describe("parseDocument on hostile input", () => {
  const MB = 1024 * 1024;
  const hostile: [string, string][] = [
    ["brackets.md", "[".repeat(MB) + "](x"],
    ["links.md", '[a](b "'.repeat(MB / 7)],
    ["bold.md", "**a ".repeat(MB / 4)],
    ["italic.md", "*a ".repeat(MB / 3)],
    ["tags.md", "<a".repeat(MB / 2)],
    ["spaces.md", `a${" ".repeat(MB)}# b`],
    ["dashes.txt", "a-".repeat(MB / 2)],
    ["crumbs.txt", "a > ".repeat(MB / 4)],
    ["lines.txt", "a\n".repeat(MB / 2)],
  ];

  it.each(hostile)("parses %s (1 MB) in well under a second or two", (fileName, content) => {
    const started = performance.now();
    parse(fileName, content);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("refuses HTML nested deeper than any real page instead of hanging", () => {
    const started = performance.now();
    let error: unknown;
    try {
      parse("deep.html", "<div>".repeat(200_000));
    } catch (thrown) {
      error = thrown;
    }
    if (!(error instanceof ImportRefusedError)) throw new Error("deep.html was accepted");
    expect(error.reason).toBe("UNSUPPORTED_TYPE");
    expect(error.message).toBe("deep.html: unsupported HTML (HTML nested more than 256 elements deep)");
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
