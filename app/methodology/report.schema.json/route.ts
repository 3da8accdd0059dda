import { reportJsonSchema } from "@/lib/reports/report-schema";
import { env } from "@/lib/server/env";

// Public, like /methodology: the JSON Schema of the JSON report export, at a stable URL that
// every report names in its "$schema".
export function GET(): Response {
  return Response.json(reportJsonSchema(env.DESK_URL), {
    headers: { "content-type": "application/schema+json; charset=utf-8", "cache-control": "public, max-age=3600" },
  });
}
