import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { lockedError } from "@/lib/auth/lockout";
import { signInAccountKey } from "@/lib/auth/sign-in";
import { checkLimit, rateLimited } from "@/lib/security/rate-limit";
import { authOptions } from "@/lib/server/auth";
import { clientAddressOf } from "@/lib/server/client-address";
import { db } from "@/lib/server/db";
import { toHttp } from "@/lib/server/errors";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * Credentials sign-in first passes the brute-force limiter: a locked account or address gets 429
 * with Retry-After before next-auth runs, so its password is never checked. The body keeps
 * next-auth's `{ url }` shape, with `error=RateLimited:<seconds>`, which signIn() hands to the form.
 */
export async function POST(request: NextRequest, context: Context) {
  if (!request.nextUrl.pathname.endsWith("/callback/credentials")) return handler(request, context);
  try {
    const form = await request.clone().formData().catch(() => null);
    const key = { kind: "LOGIN" as const, accountKey: signInAccountKey({ email: form?.get("email") }), clientAddress: clientAddressOf(request.headers) };
    const verdict = await checkLimit(db, key);
    if (verdict.limited) {
      const { status, body, headers } = toHttp(rateLimited(verdict.retryAfterSeconds));
      const url = new URL(`/login?error=${lockedError(verdict.retryAfterSeconds)}`, request.url).toString();
      return NextResponse.json({ url, ...body }, { status, headers: { ...headers, "cache-control": "no-store" } });
    }
  } catch (error) {
    const { status, body } = toHttp(error);
    return NextResponse.json(body, { status });
  }
  return handler(request, context);
}

export { handler as GET };
