import { z } from "zod";
import { deleteEntity, updateEntity } from "@/lib/entities/save-entity";
import { apiRoute } from "@/lib/server/api";
import { ZIdParams } from "@/lib/server/api-schemas";
import { db } from "@/lib/server/db";

/** Editors: the whole new list of names (and optionally key, kind) → the entity. */
export const PUT = apiRoute({ params: ZIdParams, body: z.unknown() }, ({ actor, params, body }) => updateEntity({ db, actor, input: { entityId: params.id, body } }));

/** Editors: 204; the entity's spellings stop matching at once. */
export const DELETE = apiRoute({ params: ZIdParams }, async ({ actor, params }) => {
  await deleteEntity({ db, actor, input: { entityId: params.id } });
  return new Response(null, { status: 204 });
});
