import { hashPassword } from "@/lib/server/passwords";
import { createClaim, createUser, createWorkspace } from "@/lib/testing/workspace-fixtures";
import { createToken } from "@/lib/tokens/create-token";

export type TFaultWorkspace = { claimIds: string[]; tokens: string[]; pageUser: { email: string; password: string } };

/** Reviewers with API tokens and a few claims, written straight to the fault database. */
export async function seedFaultWorkspace(databaseUrl: string) {
  // lib/server/db makes its client on import, from the environment: point it here first.
  process.env.DATABASE_URL = databaseUrl;
  const { createPrismaClient } = await import("@/lib/server/db");
  const db = createPrismaClient(databaseUrl);
  const ws = await createWorkspace(db);
  const reviewers = [ws.reviewer1, ws.reviewer2];
  for (let i = 0; i < 4; i++) reviewers.push(await createUser(db, "REVIEWER", `Fault reviewer ${i}`));
  const claimIds: string[] = [];
  for (const exact of ["The minister said", "the talks in Riyadh", "Both sides agreed"]) {
    claimIds.push((await createClaim(db, { investigationId: ws.investigationId, sourceId: ws.claimSource.id, text: exact, exact })).id);
  }
  const tokens: string[] = [];
  for (const actor of reviewers) tokens.push((await createToken({ db, actor, input: { name: "fault test" } })).token);
  const password = "fault-test-password-42";
  await db.user.update({ where: { id: ws.editor.id }, data: { passwordHash: await hashPassword(password) } });
  const workspace: TFaultWorkspace = { claimIds, tokens, pageUser: { email: ws.editor.email, password } };
  return { workspace, db };
}
