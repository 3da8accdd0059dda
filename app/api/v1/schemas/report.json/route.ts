import { reportJsonSchema } from "@/lib/reports/report-schema";
import { apiRoute } from "@/lib/server/api";
import { env } from "@/lib/server/env";

// The JSON report's schema for API clients (the same document is public at /methodology/report.schema.json).
export const GET = apiRoute({}, async () => Response.json(reportJsonSchema(env.DESK_URL), { headers: { "content-type": "application/schema+json; charset=utf-8", "cache-control": "no-store" } }));
