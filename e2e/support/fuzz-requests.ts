import fc from "fast-check";
import { hostileString, hostileValue } from "../../lib/testing/hostile-values";
import type { TSend } from "./http";

// Random requests for the HTTP fuzz: bodies that are JSON of the wrong shape, not JSON at all,
// labelled with the wrong content type, multipart forms or raw bytes; odd path ids and queries.

const FIELDS = ["sourceId", "text", "selector", "exact", "start", "end", "label", "rationale", "evidence", "stance", "baseVersion", "body", "parentId", "assigneeId", "correctionNote", "investigationId", "title", "publisher", "url", "published", "name"];
const MALFORMED = ["{", '{"a":', "[1,2", "nul", "\u0000", "{'a':1}", '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}', "1e999999", '"\\ud800"', "[".repeat(100_000), '{"a":1}{"b":2}', "\uFEFF{}", "\u202e{}"];
const CONTENT_TYPES = ["application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz", "application/xml", "application/json; charset=utf-16", ""];

const DEEP_JSON = '{"body":' + "[".repeat(5_000) + "]".repeat(5_000) + "}";
/** JSON.stringify, but never undefined (which sends an empty body) and never a stack overflow. */
const stringify = (value: unknown) => {
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return DEEP_JSON; // the deeply nested values hostileValue makes are sent as JSON this deep
  }
};
const safeSegment = (s: string) => {
  try {
    return encodeURIComponent(s) || "x";
  } catch {
    return "x"; // a lone surrogate cannot be percent-encoded
  }
};

export const fuzzBody: fc.Arbitrary<TSend> = fc.oneof(
  hostileValue(FIELDS).map((value): TSend => ({ raw: stringify(value), headers: { "content-type": "application/json" } })),
  fc.constantFrom(...MALFORMED).map((raw): TSend => ({ raw, headers: { "content-type": "application/json" } })),
  fc.tuple(hostileValue(FIELDS), fc.constantFrom(...CONTENT_TYPES)).map(([value, type]): TSend => ({ raw: stringify(value), headers: type ? { "content-type": type } : {} })),
  fc.uint8Array({ maxLength: 2_000 }).map((bytes): TSend => ({ raw: bytes, headers: { "content-type": "application/json" } })),
  fc.array(fc.tuple(fc.constantFrom("file", ...FIELDS), hostileString, fc.boolean()), { maxLength: 3 }).map((parts): TSend => {
    const form = new FormData();
    for (const [name, value, asFile] of parts) {
      if (asFile) form.append(name, new Blob([value]), value.slice(0, 40) || "f.txt");
      else form.append(name, value);
    }
    return { form };
  }),
  fc.constant<TSend>({}),
);

/** A path id: a real one of the desk's, or something odd (percent-encoded, short enough for a URL). */
export const fuzzId = (real: string[]) => fc.oneof(fc.constantFrom(...real), fc.string({ maxLength: 40 }).map(safeSegment), fc.constantFrom("%00", "..%2F..", "%E2%80%AE", "__proto__", "a".repeat(300), "%F0%9F%91%8D"));

export const fuzzQuery = fc
  .array(fc.tuple(fc.constantFrom(...FIELDS, "cursor", "limit", "sort", "dir", "q", "assigneeId", "__proto__"), fc.oneof(hostileString.filter((s) => s.length < 2_000), fc.constantFrom("-1", "1e9", "NaN", "999999999999999999999"))), { maxLength: 5 })
  .map((pairs) => {
    const query = new URLSearchParams(pairs).toString();
    return query ? `?${query}` : "";
  });
