import { NextResponse } from "next/server";
import { z } from "zod";
import { listInvestigations } from "@/lib/investigations/list-investigations";
import { apiRoute } from "@/lib/server/api";
import { ZInvestigationQuery } from "@/lib/server/api-schemas";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { MAX_IMPORT_BYTES } from "@/lib/sources/decode-source";
import { importText } from "@/lib/sources/import-text";

export const GET = apiRoute({ query: ZInvestigationQuery }, async ({ actor, query }) => {
  const investigation = (await listInvestigations({ db, actor })).find((i) => i.id === query.investigationId);
  if (!investigation) throw new AppError("NOT_FOUND", "That investigation does not exist.");
  return { items: investigation.sources, nextCursor: null };
});

/** Pasted text → the file import pipeline. 201 imported, 200 for an exact duplicate (nothing written). */
export const POST = apiRoute(
  { body: z.record(z.string(), z.unknown()) },
  async ({ actor, body }) => {
    const result = await importText({ db, actor, input: body });
    return NextResponse.json(result, { status: result.status === "imported" ? 201 : 200, headers: { "cache-control": "no-store" } });
  },
  // 5 MB of text plus room for JSON escaping (newlines and quotes take two bytes) and the metadata.
  { maxBodyBytes: MAX_IMPORT_BYTES + 1024 * 1024 },
);
