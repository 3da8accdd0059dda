import { NextResponse, type NextRequest } from "next/server";
import { errorBody } from "@/lib/server/errors";

// An unknown API path answers like the API — JSON with the error shape — rather than with the app's
// HTML 404 page, so a client with a typo gets something it can parse and act on.
function unknownRoute(request: NextRequest): NextResponse {
  const message = `There is no API route ${request.method} ${request.nextUrl.pathname}. The routes are listed at /api/openapi.json and described at /api-docs.`;
  return NextResponse.json(errorBody("NOT_FOUND", message), { status: 404, headers: { "cache-control": "no-store" } });
}

export { unknownRoute as GET, unknownRoute as POST, unknownRoute as PUT, unknownRoute as PATCH, unknownRoute as DELETE };
