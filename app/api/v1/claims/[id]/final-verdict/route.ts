import { z } from "zod";
import { setFinalVerdict } from "@/lib/adjudication/set-final-verdict";
import { apiRoute } from "@/lib/server/api";
import { ZIdParams } from "@/lib/server/api-schemas";
import { db } from "@/lib/server/db";

export const POST = apiRoute(
  { params: ZIdParams, body: z.record(z.string(), z.unknown()) },
  ({ actor, params, body }) => setFinalVerdict({ db, actor, input: { ...body, claimId: params.id } }),
  { status: 201 },
);
