import fc from "fast-check";
import type { z } from "zod";

// Random and boundary values for property tests of every entry point that validates input: the
// strings, numbers and shapes that break parsers (control and astral characters, lone surrogates,
// huge and empty values, NaN and Infinity, prototype-pollution keys, deep nesting, wrong types).

export const BOUNDARY_STRINGS = [
  "", " ", "\t\n\r", "\u0000", "\u0007\b\f\v", "\u202e\u2066evil\u2069", "\uD800", "\uDFFFx", "\uFEFF", "👍🏽", "👨‍👩‍👧", "𠮷".repeat(2_000), "澤倫斯基", "Ω≈ç√",
  "<script>alert(1)</script>", "javascript:alert(1)", "' OR 1=1 --", "%_\\", "../../etc/passwd", "${7*7}", "{{7*7}}",
  "NaN", "Infinity", "-1", "0", "1e309", "0x10", "true", "null", "undefined", "[]", "{}", "__proto__", "constructor",
  "2025-02-30", "9999-12-31T23:59:59Z", "http://", "https://example.com/" + "a".repeat(3_000), "a".repeat(100_001), " ".repeat(20_000),
];
export const BOUNDARY_NUMBERS = [0, -0, -1, 1.5, 2 ** 31, 2 ** 53, -(2 ** 53), Number.MAX_VALUE, Number.MIN_VALUE, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
export const POLLUTION_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];

export const hostileString = fc.oneof(fc.constantFrom(...BOUNDARY_STRINGS), fc.string(), fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }));

/** An array nested `depth` deep, or an object chain as deep. */
const deep = (depth: number, object: boolean): unknown => {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = object ? { a: value } : [value];
  return value;
};
const DEEP = [deep(5_000, false), deep(5_000, true)];

/** Keys anywhere in a zod schema's objects, so random objects often carry the right names. */
export function keysOf(schema: z.ZodType, seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as unknown as { def: Record<string, unknown> }).def;
  const children = [def.shape ? Object.values(def.shape as object) : [], def.in, def.out, def.innerType, def.element, def.valueType, ...((def.options as unknown[]) ?? [])].flat().filter(Boolean) as z.ZodType[];
  return [...new Set([...Object.keys((def.shape as object) ?? {}), ...children.flatMap((c) => keysOf(c, seen))])];
}

/** Any value a client could send (and a few it could not), with objects keyed like `schema`'s (or with `keys`). */
export function hostileValue(schema: z.ZodType | string[]): fc.Arbitrary<unknown> {
  const keys = fc.constantFrom(...(Array.isArray(schema) ? schema : keysOf(schema)), ...POLLUTION_KEYS, "extra");
  return fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: "small" },
      hostileString,
      fc.integer(),
      fc.double(),
      fc.constantFrom(...BOUNDARY_NUMBERS),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.constantFrom(...DEEP),
      fc.array(tie("value"), { maxLength: 4 }),
      // Object.fromEntries makes "__proto__" an own key, as JSON.parse does for a request body.
      fc.array(fc.tuple(keys, tie("value")), { maxLength: 8 }).map((entries) => Object.fromEntries(entries)),
    ),
  })).value;
}

/** Query strings and path parameters: every value is a string (or absent). */
export function hostileQuery(schema: z.ZodType): fc.Arbitrary<Record<string, string>> {
  const keys = fc.constantFrom(...keysOf(schema), ...POLLUTION_KEYS, "extra");
  return fc.array(fc.tuple(keys, hostileString), { maxLength: 8 }).map((entries) => Object.fromEntries(entries));
}
