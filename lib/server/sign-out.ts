"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { sessionCookie, usesSecureCookies } from "@/lib/security/session-cookie";
import { env } from "./env";

/**
 * Signing out is forgetting the session cookie: sessions are signed JWTs with nothing kept on the
 * server (next-auth's own sign-out does the same for this strategy). As a server action it works
 * from a plain form, with or without JavaScript, and Next checks the request's Origin, so another
 * site cannot sign a member out.
 */
export async function signOut(): Promise<void> {
  const jar = await cookies();
  const { name, options } = sessionCookie(usesSecureCookies(env.NEXTAUTH_URL));
  // A large session is split by next-auth into name.0, name.1, …; each is expired with the
  // attributes it was set with (a `__Secure-` cookie is only replaced by a Secure one).
  for (const cookie of jar.getAll()) {
    if (cookie.name === name || cookie.name.startsWith(`${name}.`)) jar.set(cookie.name, "", { ...options, maxAge: 0 });
  }
  redirect("/login");
}
