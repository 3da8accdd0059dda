import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/health/check-health";
import { db } from "@/lib/server/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth(db);
  return NextResponse.json(health, {
    status: health.database === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
