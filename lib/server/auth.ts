import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { authenticate, loadActor } from "@/lib/auth/authenticate";
import { AppError } from "./errors";
import { db } from "./db";
import { env } from "./env";

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: async (credentials) => authenticate(db, credentials),
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

export async function requireApiActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in, or send an API token, to use this endpoint.");
  return actor;
}
