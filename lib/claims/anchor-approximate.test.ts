import { describe, expect, it } from "vitest";
import { describeSelection, reanchor } from "./anchor";
import { editDistance, findApproximateEnds, findMatchStart, toCodePoints } from "./anchor-approximate";

/** Deterministic pseudo-random integers below `bound` (no dependency, same run every time). */
function seededRandom(seed: number) {
  let state = seed;
  return (bound: number) => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state % bound;
  };
}

/** The textbook O(n·m) table: for every end, the fewest edits of any substring ending there. */
function errorsAtEveryEnd(text: number[], pattern: number[]): number[] {
  let previous = pattern.map((_, row) => row + 1);
  const errors: number[] = [];
  for (const symbol of text) {
    const current: number[] = [];
    pattern.forEach((wanted, row) => {
      const diagonal = row === 0 ? 0 : (previous[row - 1] ?? 0);
      const above = row === 0 ? 0 : (current[row - 1] ?? 0);
      current.push(Math.min(diagonal + (wanted === symbol ? 0 : 1), (previous[row] ?? 0) + 1, above + 1));
    });
    errors.push(current[pattern.length - 1] ?? 0);
    previous = current;
  }
  return errors;
}

describe("approximate search", () => {
  it("agrees with the full dynamic-programming table, across block boundaries", () => {
    const random = seededRandom(20250220);
    for (let trial = 0; trial < 300; trial++) {
      // Small alphabets make many near-matches; long patterns span several 32-row blocks.
      const alphabet = [0x70cf, 0x514b, 0x862d, 0x1f44d, 0x41].slice(0, 2 + random(4));
      const pick = () => alphabet[random(alphabet.length)] ?? 0;
      const pattern = Array.from({ length: 1 + random(trial % 3 === 0 ? 140 : 40) }, pick);
      const text = Array.from({ length: random(300) }, pick);
      const maxErrors = random(Math.ceil(pattern.length / 2) + 1);

      const table = errorsAtEveryEnd(text, pattern);
      const within = (end: number) => (table[end - 1] ?? Infinity) <= maxErrors;
      const errorsAt = (end: number) => (within(end) ? (table[end - 1] ?? Infinity) : Infinity);
      const expected = table
        .map((errors, index) => ({ end: index + 1, errors }))
        .filter(({ end, errors }) => within(end) && errors <= errorsAt(end - 1) && errors <= errorsAt(end + 1));

      const textCodes = Int32Array.from(text);
      const patternCodes = Int32Array.from(pattern);
      const found = findApproximateEnds(textCodes, patternCodes, maxErrors);
      expect([...found].sort((a, b) => a.end - b.end)).toEqual(expected);
      expect(found.map((end) => end.errors)).toEqual([...found.map((end) => end.errors)].sort((a, b) => a - b));
      for (const { end, errors } of found) {
        const start = findMatchStart(textCodes, patternCodes, end, errors);
        expect(editDistance(patternCodes, textCodes.subarray(start, end))).toBe(errors);
        // The longest such match: one character more costs at least one more edit.
        if (start > 0) expect(editDistance(patternCodes, textCodes.subarray(start - 1, end))).toBeGreaterThan(errors);
      }
    }
  });

  it("keeps a substituted first character inside the match", () => {
    const text = toCodePoints("不大可能");
    const pattern = toCodePoints("太可能");
    expect(findApproximateEnds(text, pattern, 1)).toEqual([{ end: 4, errors: 1 }]);
    // "可能" (one deletion) and "大可能" (one substitution) tie; the longer keeps the edited word whole.
    expect(findMatchStart(text, pattern, 4, 1)).toBe(1);
  });

  it("measures edits in code points", () => {
    expect(editDistance(toCodePoints("made"), toCodePoints("reached"))).toBe(5);
    expect(editDistance(toCodePoints("烏克蘭"), toCodePoints("乌克兰"))).toBe(2);
    expect(editDistance(toCodePoints("👍🏽𠮷"), toCodePoints("👍𠮷"))).toBe(1);
    expect(toCodePoints("👍🏽𠮷").length).toBe(3);
  });
});

describe("reanchor on a 200,000-code-point text", () => {
  // Numbered copies of real paragraphs: long, and full of near-duplicates for the search to reject.
  const paragraphs = [
    "川普受訪時也表示,烏克蘭的邊界不太可能回復到2014年以前,只說「部分領土能收回來。」",
    "但周四，一位美国高级官员表示，美国并未排除乌克兰加入北约或通过谈判恢复2014年以前边界的可能性。",
    "President Zelensky explicitly stated that Ukraine would not accept any peace agreement reached without its participation.",
  ];
  const parts: string[] = [];
  for (let number = 1, length = 0; length < 200_000; number++) {
    const part = `${number}. ${paragraphs[number % 3] ?? ""} 👍🏽\n`;
    parts.push(part);
    length += [...part].length;
  }
  const text = parts.join("");
  const total = [...text].length;

  it("re-pins an edited short quote near the end", () => {
    const start = total - 500;
    const saved = describeSelection(text, start, start + 40);
    const chars = [...text];
    chars[start + 20] = "※";
    const result = reanchor(chars.join(""), saved);
    expect(result.status).toBe("fuzzy");
    expect(result.anchor?.position).toEqual({ start, end: start + 40 });
  });

  it("re-pins a 2,000-code-point quote with one edit in every hundred", () => {
    const start = 150_000;
    const saved = describeSelection(text, start, start + 2000);
    const chars = [...text];
    for (let offset = 50; offset < 2000; offset += 100) chars[start + offset] = "※";
    const result = reanchor(chars.join(""), saved);
    expect(result.status).toBe("fuzzy");
    expect(result.anchor?.position).toEqual({ start, end: start + 2000 });
  });

  it("orphans a long quote that is not there", () => {
    const saved = { quote: { exact: "烏克蘭".repeat(400), prefix: "", suffix: "" }, position: { start: 10, end: 1210 } };
    expect(reanchor(text, saved).status).toBe("orphaned");
  });
});
