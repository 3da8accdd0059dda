import { z } from "zod";
import { apiRoute } from "@/lib/server/api";
import { ZIdParams } from "@/lib/server/api-schemas";
import { db } from "@/lib/server/db";
import { saveVerdict } from "@/lib/verdicts/save-verdict";

export const PUT = apiRoute({ params: ZIdParams, body: z.record(z.string(), z.unknown()) }, ({ actor, params, body }) =>
  saveVerdict({ db, actor, input: { ...body, claimId: params.id } }),
);
