// The demo investigation imported through the real pipeline, for integration tests that need
// real multilingual text (matching, search, suggestions).
import path from "node:path";
import type { Actor } from "@/lib/auth/actor";
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
