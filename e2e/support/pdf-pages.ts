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

/** A page rasterised at 72 dpi (one pixel per point) as 8-bit grey, with its width. */
type TGreyPage = { pixels: Uint8Array; width: number };

/**
 * Rasterises each page of `file` at most once: as grey pixels to measure, and as a PNG beside
 * `pngPrefix`-<page> for a person to look at.
 */
export function pdfPages(file: string, pngPrefix: string) {
  const pages = new Map<number, Promise<TGreyPage>>();
  const render = async (page: number): Promise<TGreyPage> => {
    const range = ["-f", String(page), "-l", String(page), "-singlefile"];
    const prefix = `${pngPrefix}-${page}`;
    await run("pdftoppm", [...range, "-r", "96", "-png", file, prefix]);
    await run("pdftoppm", [...range, "-r", "72", "-gray", file, `${prefix}-gray`]);
    const pgm = await readFile(`${prefix}-gray.pgm`);
    // Binary PGM: "P5\n<width> <height>\n<max>\n" then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString("latin1"));
    if (!header) throw new Error("pdftoppm did not write a binary PGM");
    return { pixels: pgm.subarray(header[0].length), width: Number(header[1]) };
  };
  return {
    /**
     * The share of dark pixels inside `box`: text whose glyphs are really drawn inks its box; a
     * font without those glyphs leaves it blank.
     */
    async inkInBox(box: TWordBox): Promise<number> {
      if (!pages.has(box.page)) pages.set(box.page, render(box.page));
      const { pixels, width } = await pages.get(box.page)!;
      let dark = 0;
      let total = 0;
      for (let y = Math.floor(box.yMin); y < Math.ceil(box.yMax); y++) {
        for (let x = Math.floor(box.xMin); x < Math.ceil(box.xMax); x++) {
          total++;
          if (pixels[y * width + x]! < 128) dark++;
        }
      }
      return total === 0 ? 0 : dark / total;
    },
  };
}
