import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { foldedCodePoints } from "./fold";
import { normalizeText } from "./normalize";

const DEMO = path.resolve(import.meta.dirname, "../../prisma/demo");

describe("fd_normalize in PostgreSQL", () => {
  it("gives exactly what normalizeText gives, on the whole demo corpus and every folded code point", async () => {
    const texts = readdirSync(DEMO).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(path.join(DEMO, f), "utf8"));
    texts.push(foldedCodePoints().join(""), "ＮＡＴＯ「北約」與 Zelensky’s 澤倫斯基…");
    for (const text of texts) {
      const [row] = await db.$queryRaw<{ out: string }[]>`SELECT fd_normalize(${text}) AS out`;
      expect(row?.out).toBe(normalizeText(text));
    }
  });
});
