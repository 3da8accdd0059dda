import { randomBytes } from "node:crypto";
import type { APIRequest } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "../../lib/server/passwords";
import { BASE_URL } from "./http";

export type TRole = "REVIEWER" | "EDITOR" | "ADMIN";
export type TDeskUser = { id: string; email: string; password: string; role: TRole };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the e2e tests through `node scripts/test.mjs e2e`.");
  return url;
}

/** Runs SQL on the e2e database (scripts/test.mjs passes its DATABASE_URL to Playwright). */
export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** A new account of `role` with its own random password (argon2id, as the app stores them). */
export async function createDeskUser(role: TRole, label: string): Promise<TDeskUser> {
  const id = `e2e${randomBytes(10).toString("hex")}`;
  const email = `${label}.${id}@e2e.test`;
  const password = randomBytes(12).toString("base64url");
  await sql(`INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`, [id, email, `${label} ${id.slice(-4)}`, role, await hashPassword(password)]);
  return { id, email, password, role };
}

export async function deactivate(user: TDeskUser): Promise<void> {
  await sql(`UPDATE "User" SET active = false WHERE id = $1`, [user.id]);
}

/**
 * Signs in through next-auth's own credentials endpoint (CSRF token, then callback) and returns
 * the session cookie it set, as a Cookie header.
 */
export async function signIn(request: APIRequest, user: TDeskUser): Promise<string> {
  const context = await request.newContext({ baseURL: BASE_URL });
  try {
    const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
    const response = await context.post("/api/auth/callback/credentials", { form: { csrfToken, email: user.email, password: user.password, json: "true" }, maxRedirects: 0 });
    if (response.status() >= 400) throw new Error(`Sign-in of ${user.email} failed: ${response.status()}`);
    const { cookies } = await context.storageState();
    const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
    if (!session) throw new Error(`Sign-in of ${user.email} set no session cookie`);
    return `${session.name}=${session.value}`;
  } finally {
    await context.dispose();
  }
}
