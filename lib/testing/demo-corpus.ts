// The demo investigation imported through the real pipeline, for integration tests that need
// real multilingual text (matching, search, suggestions).
import path from "node:path";
import type { Actor } from "@/lib/auth/actor";
import { createClaim } from "@/lib/claims/create-claim";
import { seedDemo } from "@/lib/demo/seed-demo";
import type { Db } from "@/lib/server/db";

export const DEMO_DIR = path.resolve(import.meta.dirname, "../../prisma/demo");

export async function loadDemoCorpus(db: Db) {
  await seedDemo({ db, demoDir: DEMO_DIR, password: "demo-password-for-tests" });
  const sources = await db.source.findMany({ select: { id: true, fileName: true, cleanText: true, investigationId: true } });
  const byPrefix = (prefix: string) => {
    const source = sources.find((s) => s.fileName?.startsWith(prefix));
    if (!source) throw new Error(`No demo source ${prefix}`);
    return source;
  };
  const actorSelect = { id: true, email: true, name: true, role: true } as const;
  const reviewer: Actor = await db.user.findUniqueOrThrow({ where: { email: "reviewer1@factdesk.test" }, select: actorSelect });
  const editor: Actor = await db.user.findUniqueOrThrow({ where: { email: "editor@factdesk.test" }, select: actorSelect });
  return { investigationId: sources[0]!.investigationId, byPrefix, reviewer, editor };
}

type TDemo = Awaited<ReturnType<typeof loadDemoCorpus>>;

/** Where a quote sits in a demo source's clean text, in code points. */
export function demoSpan(demo: TDemo, prefix: string, quote: string): { source: string; start: number; end: number } {
  const text = demo.byPrefix(prefix).cleanText;
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in demo source ${prefix}`);
  const start = Array.from(text.slice(0, at)).length;
  return { source: prefix, start, end: start + Array.from(quote).length };
}

/** Pins a claim on the exact words of a demo source, as a reviewer selecting them would. */
export async function pinDemoClaim(db: Db, demo: TDemo, prefix: string, exact: string): Promise<string> {
  const { start, end } = demoSpan(demo, prefix, exact);
  return (await createClaim({ db, actor: demo.reviewer, input: { sourceId: demo.byPrefix(prefix).id, text: exact, selector: { exact, start, end } } })).id;
}
