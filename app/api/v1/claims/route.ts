import { createClaim } from "@/lib/claims/create-claim";
import { listClaims } from "@/lib/claims/list-claims";
import { apiRoute } from "@/lib/server/api";
import { db } from "@/lib/server/db";
import { z } from "zod";

export const GET = apiRoute({ query: z.record(z.string(), z.string()) }, ({ actor, query }) => listClaims({ db, actor, input: query }));

export const POST = apiRoute({ body: z.unknown() }, ({ actor, body }) => createClaim({ db, actor, input: body }), { status: 201 });
