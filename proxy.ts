import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/server/env";
import { errorBody } from "@/lib/server/errors";

/**
 * Every page needs a session except /login, /corrections, the health check, the API description
 * (/api/openapi.json, /api-docs) and next-auth's own routes.
 * API calls without a session get a JSON 401 instead of a redirect to an HTML page.
 */
export default async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/")) {
    // Bearer tokens are checked by the route wrapper, which knows the token table.
    if (request.headers.get("authorization")?.startsWith("Bearer ")) return NextResponse.next();
    return NextResponse.json(errorBody("UNAUTHORIZED", "Sign in, or send an API token, to use this endpoint."), { status: 401 });
  }
  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!login|invite|corrections|methodology|api/health|api/auth|api/openapi.json|api-docs|_next/static|_next/image|favicon.ico|fonts/).*)"],
};
