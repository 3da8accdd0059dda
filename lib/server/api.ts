import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { requireApiActor } from "./auth";
import { toHttp } from "./errors";
import { refuseNul } from "./no-nul";
import { readJsonBody } from "./read-json";
import { invalidInput } from "./validation";

type Schemas<P, Q, B> = { params?: z.ZodType<P>; query?: z.ZodType<Q>; body?: z.ZodType<B> };
type Context<P, Q, B> = { actor: Actor; params: P; query: Q; body: B; request: NextRequest };
type Handler<P, Q, B> = (ctx: Context<P, Q, B>) => Promise<unknown | Response>;

const MAX_JSON_BYTES = 1024 * 1024;

/**
 * The one door for /api/v1: session or bearer token → zod-parsed params, query and body → handler
 * → JSON. `sessionOnly` refuses bearer tokens (401) for routes only a signed-in person may use.
 * Every failure leaves as `{ "error": { "code", "message", "details"? } }` with its status.
 */
export function apiRoute<P = Record<string, never>, Q = Record<string, never>, B = undefined>(
  schemas: Schemas<P, Q, B>,
  handler: Handler<P, Q, B>,
  { status = 200, maxBodyBytes = MAX_JSON_BYTES, sessionOnly = false }: { status?: number; maxBodyBytes?: number; sessionOnly?: boolean } = {},
) {
  return async (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => {
    try {
      const actor = await requireApiActor({ sessionOnly });
      const params = parse(schemas.params, await context.params, "path");
      const query = parse(schemas.query, Object.fromEntries(request.nextUrl.searchParams), "query");
      const body = schemas.body ? parse(schemas.body, await readJsonBody(request, maxBodyBytes), "body") : (undefined as B);
      const result = await handler({ actor, params, query, body, request });
      if (result instanceof Response) return result;
      return NextResponse.json(result, { status, headers: { "cache-control": "no-store" } });
    } catch (error) {
      const { status: errorStatus, body, headers } = toHttp(error);
      return NextResponse.json(body, { status: errorStatus, headers });
    }
  };
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  refuseNul(value, where);
  if (!schema) return value as T;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw invalidInput(parsed.error, where);
}
