import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/authenticate";
import { lockedError } from "@/lib/auth/lockout";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { clientAddressOf } from "./client-address";
import { sessionCookie, usesSecureCookies } from "@/lib/security/session-cookie";
import { authenticateToken } from "@/lib/tokens/authenticate-token";
import { AppError } from "./errors";
import { db } from "./db";
import { env } from "./env";

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  // Secure + `__Secure-` prefix exactly when the public URL is HTTPS (lib/security/session-cookie.ts).
  useSecureCookies: usesSecureCookies(env.NEXTAUTH_URL),
  cookies: { sessionToken: sessionCookie(usesSecureCookies(env.NEXTAUTH_URL)) },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: async (credentials, req) => {
        const headers = (req.headers ?? {}) as Record<string, string | undefined>;
        const result = await attemptSignIn({ db, input: credentials, clientAddress: clientAddressOf({ get: (name) => headers[name] ?? null }) });
        if (result.status === "ok") return result.actor;
        // Only reached in a race with the route's own check (app/api/auth): it becomes ?error=…
        if (result.status === "locked") throw new Error(lockedError(result.retryAfterSeconds));
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const actor = user as unknown as Actor;
        token.sub = actor.id;
        token.role = actor.role;
        token.name = actor.name;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) {
        session.user.id = token.sub;
        session.user.role = token.role;
      }
      return session;
    },
  },
};

/**
 * The acting user for this request, re-read from the database so that a deactivated account or a
 * changed role takes effect at once rather than when the JWT expires.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  return loadActor(db, userId);
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

/** The token of an `Authorization: Bearer <token>` header, or null when the request sent none. */
async function bearerToken(): Promise<string | null> {
  const authorization = (await headers()).get("authorization");
  const match = authorization?.match(/^Bearer(?:\s+(.*))?$/i);
  return match ? (match[1] ?? "").trim() : null;
}

/**
 * The acting user of an API request: a bearer token when one is sent, else the session. A request
 * that sends a token is judged by that token alone — a bad one never falls back to the cookie, so a
 * script cannot silently act as whoever is signed in to the same browser.
 */
export const getApiActor = cache(async (): Promise<Actor | null> => {
  const token = await bearerToken();
  return token === null ? getActor() : authenticateToken(db, token);
});

/**
 * `sessionOnly` is for endpoints a token must not reach (managing tokens): a leaked token then
 * cannot mint itself successors or revoke its owner's other tokens.
 */
export async function requireApiActor({ sessionOnly = false }: { sessionOnly?: boolean } = {}): Promise<Actor> {
  const viaToken = (await bearerToken()) !== null;
  if (viaToken && sessionOnly) {
    throw new AppError("UNAUTHORIZED", "This endpoint needs a signed-in browser session; API tokens cannot create, list or revoke tokens.");
  }
  const actor = await getApiActor();
  if (actor) return actor;
  if (viaToken) throw new AppError("UNAUTHORIZED", "The API token is unknown or revoked.");
  throw new AppError("UNAUTHORIZED", "Sign in, or send an API token, to use this endpoint.");
}
