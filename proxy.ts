import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, generateNonce, isHttpsRequest, securityHeaders } from "@/lib/security/headers";
import { sessionCookie, usesSecureCookies } from "@/lib/security/session-cookie";
import { env } from "@/lib/server/env";
import { errorBody } from "@/lib/server/errors";

/**
 * Two jobs on every request but static assets:
 * 1. Security headers, with a fresh CSP nonce. The CSP also goes on the *request* headers: Next
 *    reads the nonce from there and puts it on its own scripts (which is why every page renders
 *    dynamically — see app/layout.tsx).
 * 2. The sign-in gate. Every page needs a session except /login, /corrections, /methodology, the
 *    health check, the API description (/api/openapi.json, /api-docs) and next-auth's own routes.
 *    API calls without a session get a JSON 401 instead of a redirect to an HTML page.
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

const PUBLIC = /^\/(?:login|corrections|methodology|api\/health|api\/auth|api\/openapi\.json|api-docs)/;

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
  if (pathname.startsWith("/api/")) {
    // Bearer tokens are checked by the route wrapper, which knows the token table.
    if (request.headers.get("authorization")?.startsWith("Bearer ")) return pass();
    return NextResponse.json(errorBody("UNAUTHORIZED", "Sign in, or send an API token, to use this endpoint."), { status: 401 });
  }
  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  // Static build output and fonts only; they get the static headers from next.config.ts.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|fonts/).*)"],
};
