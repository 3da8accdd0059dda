import { z } from "zod";
import { listEntities } from "@/lib/entities/list-entities";
import { createEntity } from "@/lib/entities/save-entity";
import { apiRoute } from "@/lib/server/api";
import { db } from "@/lib/server/db";

/** The alias table, for every member. */
export const GET = apiRoute({}, async ({ actor }) => ({ items: await listEntities({ db, actor }), nextCursor: null }));

/** Editors: `{ key, kind, names: [{ text, lang }] }` → 201 the entity; 409 when a name belongs to another. */
export const POST = apiRoute({ body: z.unknown() }, ({ actor, body }) => createEntity({ db, actor, input: body }), { status: 201 });
