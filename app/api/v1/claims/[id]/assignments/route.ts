import { z } from "zod";
import { setAssignment } from "@/lib/assignments/assignments";
import { apiRoute } from "@/lib/server/api";
import { ZIdParams } from "@/lib/server/api-schemas";
import { db } from "@/lib/server/db";

const ZBody = z.object({ assigneeId: z.unknown() });

export const POST = apiRoute({ params: ZIdParams, body: ZBody }, ({ actor, params, body }) =>
  setAssignment({ db, actor, input: { claimId: params.id, assigneeId: body.assigneeId }, assigned: true }),
);

export const DELETE = apiRoute({ params: ZIdParams, query: z.object({ assigneeId: z.string() }) }, ({ actor, params, query }) =>
  setAssignment({ db, actor, input: { claimId: params.id, assigneeId: query.assigneeId }, assigned: false }),
);
