// Rows for integration tests of the reviewer workspace, written straight to the database so each
// test states only what it is about. Every call makes new users and investigations (unique keys).
import type { Actor } from "@/lib/auth/actor";
import { describeSelection, utf16ToCodePoint } from "@/lib/claims/anchor";
import type { Db } from "@/lib/server/db";
import { normalizeText } from "@/lib/text/normalize";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;
const actorSelect = { id: true, email: true, name: true, role: true } as const;

export const TEXTS = {
  claimSource: "The minister said the talks in Riyadh lasted four hours. Both sides agreed to meet again.",
  // Emoji and CJK: offsets are code points, so the evidence after them checks the UTF-16 conversion.
  evidenceA: "🇺🇦 外交部表示：會談持續了四個小時。Officials confirmed the talks lasted four hours in Riyadh.",
  evidenceB: "A second report says the meeting lasted two hours, not four. Observers disputed the minister.",
} as const;

export async function createUser(db: Db, role: Actor["role"], name: string, active = true): Promise<Actor> {
  return db.user.create({ data: { email: `${name.toLowerCase().replace(/\W+/g, ".")}.${unique()}@test.local`, name, role, passwordHash: "x", active }, select: actorSelect });
}

export async function createWorkspace(db: Db, { blindReview = true }: { blindReview?: boolean } = {}) {
  const [editor, reviewer1, reviewer2] = [
    await createUser(db, "EDITOR", "Elena Editor"),
    await createUser(db, "REVIEWER", "Li Wei"),
    await createUser(db, "REVIEWER", "Chen Mei"),
  ];
  const investigation = await db.investigation.create({ data: { slug: `inv-${unique()}`, name: "Talks", blindReview }, select: { id: true } });
  const source = (title: string, text: string, investigationId = investigation.id) =>
    db.source.create({
      data: { investigationId, title, languages: ["en"], primaryLanguage: "en", format: "text", rawText: text, cleanText: text, contentHash: unique() },
      select: { id: true, title: true, cleanText: true },
    });
  const claimSource = await source("Ministry statement", TEXTS.claimSource);
  const evidenceA = await source("Agency wire", TEXTS.evidenceA);
  const evidenceB = await source("Second report", TEXTS.evidenceB);
  const elsewhere = await db.investigation.create({ data: { slug: `other-${unique()}`, name: "Other" }, select: { id: true } });
  const foreign = await source("Unrelated", TEXTS.evidenceA, elsewhere.id);
  return { editor, reviewer1, reviewer2, investigationId: investigation.id, claimSource, evidenceA, evidenceB, foreign };
}

/** A claim on `sourceId` quoting `exact`; `createdAt` fixes its place in creation order. */
export async function createClaim(db: Db, { investigationId, sourceId, text, exact, createdAt, createdById }: { investigationId: string; sourceId: string; text: string; exact: string; createdAt?: Date; createdById?: string }) {
  const source = await db.source.findUniqueOrThrow({ where: { id: sourceId }, select: { cleanText: true } });
  const selector = quoteOf(source.cleanText, exact);
  return db.claim.create({
    data: {
      investigationId,
      sourceId,
      text,
      textNormalized: normalizeText(text),
      quoteExact: selector.exact,
      quotePrefix: selector.prefix,
      quoteSuffix: selector.suffix,
      positionStart: selector.start,
      positionEnd: selector.end,
      ...(createdAt ? { createdAt } : {}),
      ...(createdById ? { createdById } : {}),
    },
    select: { id: true },
  });
}

/** The selector a browser would send for the first occurrence of `exact` (code point offsets). */
export function quoteOf(text: string, exact: string) {
  const at = text.indexOf(exact);
  if (at === -1) throw new Error(`"${exact}" is not in the text`);
  const start = utf16ToCodePoint(text, at);
  const end = utf16ToCodePoint(text, at + exact.length);
  const anchor = describeSelection(text, start, end);
  return { start, end, ...anchor.quote };
}
