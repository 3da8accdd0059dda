import { NextResponse, type NextRequest } from "next/server";
import { requireApiActor } from "@/lib/server/auth";
import { toHttp } from "@/lib/server/errors";
import { subscribe } from "@/lib/server/events";
import { parseLiveFilter, sseResponse } from "@/lib/server/sse";

export const dynamic = "force-dynamic";
// LISTEN needs a long-lived TCP connection to PostgreSQL (pg), which only the Node.js runtime has.
export const runtime = "nodejs";

/** Server-Sent Events: ids of what changed (never content), so open pages re-fetch through the usual checks. */
export async function GET(request: NextRequest) {
  try {
    await requireApiActor();
    const filter = parseLiveFilter(request.nextUrl.searchParams);
    return sseResponse({ subscribe: (listener) => subscribe(filter, listener), signal: request.signal });
  } catch (error) {
    const { status, body } = toHttp(error);
    return NextResponse.json(body, { status });
  }
}
