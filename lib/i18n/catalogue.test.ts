import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { CATALOGUE_FILES } from "./catalogue";
import { DEFAULT_LOCALE, LOCALES } from "./config";

// Every translation must have exactly the keys of the English catalogue, and each message the same
// arguments, rich-text tags and exact plural cases (=0 …): a missing key shows the key to the user,
// a renamed argument shows "{count}". Iterating CATALOGUE_FILES covers catalogue files added later.

const DIR = path.join(import.meta.dirname, "messages");
const TRANSLATIONS = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

function read(locale: string, file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(DIR, locale, `${file}.json`), "utf8"));
}

/** Dotted key → message, for every string leaf. */
function flatten(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  } else out.set(prefix, `<${typeof value}>`);
  return out;
}

/** What a message needs from its caller: arguments with their kind, tags, and exact plural cases. */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument) found.add(`{${el.value}}`);
      else if (el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) found.add(`{${el.value}, ${TYPE[el.type]}}`);
      else if (el.type === TYPE.tag) {
        found.add(`<${el.value}>`);
        walk(el.children);
      } else if (el.type === TYPE.plural || el.type === TYPE.select) {
        found.add(`{${el.value}, ${TYPE[el.type]}}`);
        for (const [selector, option] of Object.entries(el.options)) {
          // Plural categories (one, few …) differ by language; exact cases and select keys must not.
          if (el.type === TYPE.select || selector.startsWith("=")) found.add(`{${el.value} ${selector}}`);
          walk(option.value);
        }
        if (!("other" in el.options)) found.add(`{${el.value}} without other`);
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

describe("message catalogues", () => {
  it("lists every English catalogue file, and every locale has a folder", () => {
    const onDisk = fs.readdirSync(path.join(DIR, DEFAULT_LOCALE)).map((f) => f.replace(/\.json$/, "")).sort();
    expect(onDisk).toEqual([...CATALOGUE_FILES].sort());
    expect(fs.readdirSync(DIR).sort()).toEqual([...LOCALES].sort());
  });

  it("gives each top-level namespace to exactly one file", () => {
    const owners = new Map<string, string>();
    for (const file of CATALOGUE_FILES) {
      for (const namespace of Object.keys(read(DEFAULT_LOCALE, file) as object)) {
        expect(owners.get(namespace), `"${namespace}" is in both ${owners.get(namespace)}.json and ${file}.json`).toBeUndefined();
        owners.set(namespace, file);
      }
    }
  });

  describe.each(CATALOGUE_FILES.flatMap((file) => TRANSLATIONS.map((locale) => [file, locale] as const)))("%s.json in %s", (file, locale) => {
    const english = flatten(read(DEFAULT_LOCALE, file));

    it("has exactly the English keys", () => {
      expect(fs.existsSync(path.join(DIR, locale, `${file}.json`)), `lib/i18n/messages/${locale}/${file}.json is missing`).toBe(true);
      const translated = flatten(read(locale, file));
      expect([...english.keys()].filter((k) => !translated.has(k)), "keys missing from the translation").toEqual([]);
      expect([...translated.keys()].filter((k) => !english.has(k)), "keys the English catalogue does not have").toEqual([]);
    });

    it("keeps every message's arguments, tags and exact plural cases", () => {
      const translated = flatten(read(locale, file));
      const differing = [...english].flatMap(([key, message]) => {
        const other = translated.get(key);
        if (other === undefined) return [];
        const want = placeholders(message).join(" ");
        const got = placeholders(other).join(" ");
        return want === got ? [] : [`${key}: en has ${want || "none"}, ${locale} has ${got || "none"}`];
      });
      expect(differing).toEqual([]);
    });

    it("is translated, not copied", () => {
      // Names, symbols and code can be the same in every language; sentences cannot.
      const translated = flatten(read(locale, file));
      const copied = [...english].filter(([key, message]) => /[a-z]{3,} [a-z]{3,} [a-z]{3,}/i.test(message) && translated.get(key) === message).map(([key]) => key);
      expect(copied).toEqual([]);
    });
  });
});

describe("placeholders", () => {
  it("finds arguments, tags and exact cases, and ignores plural categories", () => {
    expect(placeholders("{count, plural, =0 {No claims} one {# claim} other {# claims}} by <b>{name}</b>")).toEqual(["<b>", "{count =0}", "{count, plural}", "{name}"]);
    expect(placeholders("{count, plural, =0 {没有声明} other {# 条声明}}由<b>{name}</b>")).toEqual(["<b>", "{count =0}", "{count, plural}", "{name}"]);
    expect(placeholders("{count, plural, other {# 条声明}}")).not.toEqual(placeholders("{count, plural, =0 {No claims} other {# claims}}"));
    expect(placeholders("{n} files")).not.toEqual(placeholders("{count} files"));
  });
});
