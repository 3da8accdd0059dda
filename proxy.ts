import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, generateNonce, isHttpsRequest, securityHeaders } from "@/lib/security/headers";
import { sessionCookie, usesSecureCookies } from "@/lib/security/session-cookie";
import { env } from "@/lib/server/env";

/**
 * Two jobs on every page request:
 * 1. Security headers, with a fresh CSP nonce. The CSP also goes on the *request* headers: Next
 *    reads the nonce from there and puts it on its own scripts (which is why every page renders
 *    dynamically — see app/layout.tsx).
 * 2. The sign-in gate. Every page needs a session except /login, /invite/<token>, /corrections,
 *    /methodology and the API page (/api-docs). /api is not proxied (see the matcher).
 */
export default async function proxy(request: NextRequest) {
  const nonce = generateNonce();
  const https = isHttpsRequest(request.nextUrl.protocol, request.headers.get("x-forwarded-proto"));
  const csp = { nonce, https, dev: env.NODE_ENV === "development" };
  const response = await gate(request, nonce, contentSecurityPolicy(csp));
  const headers = securityHeaders(csp);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

const PUBLIC = /^\/(?:login|invite\/|corrections|methodology|api-docs)/;

async function gate(request: NextRequest, nonce: string, csp: string): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  const pass = () => {
    const forwarded = new Headers(request.headers);
    forwarded.set("Content-Security-Policy", csp);
    forwarded.set("x-nonce", nonce);
    return NextResponse.next({ request: { headers: forwarded } });
  };
  if (PUBLIC.test(pathname)) return pass();
  const secureCookie = usesSecureCookies(env.NEXTAUTH_URL);
  const token = await getToken({ req: request, secret: env.NEXTAUTH_SECRET, secureCookie, cookieName: sessionCookie(secureCookie).name });
  if (token) return pass();
  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  // Pages only. Static output and fonts get the static headers from next.config.ts; so does /api,
  // with a CSP of its own: route handlers authenticate every request themselves (session or bearer
  // token), and a request that passes through the proxy has its body copied and buffered first —
  // an endless upload was read to 64 MB before the route could answer 413.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|fonts/).*)"],
};
