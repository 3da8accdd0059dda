import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";

const run = promisify(execFile);

export type TWordBox = { page: number; word: string; xMin: number; yMin: number; xMax: number; yMax: number };

/** Words of a PDF with their boxes in points (poppler's pdftotext -bbox), page numbers from 1. */
export async function pdfWords(file: string): Promise<TWordBox[]> {
  const { stdout } = await run("pdftotext", ["-bbox", "-enc", "UTF-8", file, "-"], { maxBuffer: 32 * 1024 * 1024 });
  const words: TWordBox[] = [];
  stdout.split(/<page /).slice(1).forEach((page, index) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ page: index + 1, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), word: m[5]! });
    }
  });
  return words;
}

/**
 * The share of dark pixels inside `box` once the page is rasterised by pdftoppm at 72 dpi (one
 * pixel per point): text whose glyphs are really drawn inks its box; a font without those glyphs
 * leaves it blank. Also writes the page as a PNG beside `pngPrefix` for a person to look at.
 */
export async function inkInBox(file: string, box: TWordBox, pngPrefix: string): Promise<number> {
  const page = String(box.page);
  await run("pdftoppm", ["-f", page, "-l", page, "-r", "96", "-png", "-singlefile", file, pngPrefix]);
  await run("pdftoppm", ["-f", page, "-l", page, "-r", "72", "-gray", "-singlefile", file, `${pngPrefix}-gray`]);
  const pgm = await readFile(`${pngPrefix}-gray.pgm`);
  // Binary PGM: "P5\n<width> <height>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("pdftoppm did not write a binary PGM");
  const [width, offset] = [Number(header[1]), header[0].length];
  let dark = 0;
  let total = 0;
  for (let y = Math.floor(box.yMin); y < Math.ceil(box.yMax); y++) {
    for (let x = Math.floor(box.xMin); x < Math.ceil(box.xMax); x++) {
      total++;
      if (pgm[offset + y * width + x]! < 128) dark++;
    }
  }
  return total === 0 ? 0 : dark / total;
}
