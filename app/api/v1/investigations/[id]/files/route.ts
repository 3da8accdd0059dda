import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/api";
import { ZIdParams } from "@/lib/server/api-schemas";
import { db } from "@/lib/server/db";
import { importUpload } from "@/lib/sources/import-upload";

/**
 * One file per request (multipart/form-data, field "file"), so the import page can show each file's
 * own progress and result. 201 imported, 200 for an exact duplicate, 413 over 5 MB, 422 refused.
 */
export const POST = apiRoute({ params: ZIdParams }, async ({ actor, params, request }) => {
  const result = await importUpload({ db, actor, input: { investigationId: params.id, request } });
  return NextResponse.json(result, { status: result.status === "imported" ? 201 : 200, headers: { "cache-control": "no-store" } });
});
