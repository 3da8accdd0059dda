import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";

// Public, like the /api-docs page that renders it: describing the API reveals no data.
export const dynamic = "force-static";

export function GET() {
  return NextResponse.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
