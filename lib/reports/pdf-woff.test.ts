import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { isWoff, woffToSfnt } from "./pdf-woff";

const woff = readFileSync(path.resolve("node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-latin-400-normal.woff"));

describe("woffToSfnt", () => {
  it("unpacks every table into an OpenType font that pdfkit embeds", async () => {
    expect(isWoff(woff)).toBe(true);
    const sfnt = woffToSfnt(woff);
    expect(isWoff(sfnt)).toBe(false);
    // The sfnt is as long as the WOFF header says the original font was.
    expect(sfnt.length).toBe(woff.readUInt32BE(16));
    expect(sfnt.readUInt16BE(4)).toBe(woff.readUInt16BE(12));

    const doc = new PDFDocument({ font: "" });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.registerFont("latin", sfnt);
    doc.font("latin").text("Verdict report");
    doc.end();
    await new Promise((resolve) => doc.on("end", resolve));
    expect(Buffer.concat(chunks).toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
  });

  it("refuses what is not a WOFF file", () => {
    expect(() => woffToSfnt(Buffer.from("not a font at all, but long enough to have a header....."))).toThrow(/WOFF/);
  });
});
