import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiResponsesObject } from "zod-openapi";

// Building blocks shared by every operation in the OpenAPI document: the error shape every route
// answers with (lib/server/errors.ts), list pages, and the statuses apiRoute itself can produce.

export const ZFieldError = z.object({
  path: z.string().describe('The field, dotted for nested ones ("selector.start", "evidence.0.exact")'),
  message: z.string().describe("What is wrong with it, written for a person"),
});

export const ZErrorBody = z
  .object({
    error: z.object({
      code: z
        .enum(["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "PAYLOAD_TOO_LARGE", "UNPROCESSABLE", "RATE_LIMITED", "UNAVAILABLE", "INTERNAL"])
        .describe("Stable, machine-readable"),
      message: z.string().describe("Human-readable, actionable"),
      details: z
        .object({
          fields: z.array(ZFieldError).optional().describe("Per-field problems of a 400"),
          reason: z.string().optional().describe("Finer cause: STALE / SETTLED (409), EMPTY / BINARY / TOO_LARGE … (413, 422)"),
        })
        .catchall(z.unknown())
        .optional(),
    }),
  })
  .meta({ id: "Error", description: "Every failure, whatever its status" });

export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page"),
  });

export type TStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503;

const DESCRIPTIONS: Record<TStatus, string> = {
  400: "Invalid input: `details.fields` names each offending field",
  401: "No session and no valid bearer token",
  403: "Signed in, but your role may not do this",
  404: "No such resource",
  409: "Conflict with the current state (see `details.reason`)",
  413: "The request body is over the limit",
  422: "Well-formed, but the content is refused (see `details.reason`)",
  429: "Too many requests: wait for the time in Retry-After",
  503: "The database is unreachable; try again shortly",
};

const errorResponse = (status: TStatus, description?: string) => ({
  description: description ?? DESCRIPTIONS[status],
  content: { "application/json": { schema: ZErrorBody } },
});

/** Error responses for `statuses`, with optional wording specific to the operation. */
export function errors(statuses: TStatus[], specific: Partial<Record<TStatus, string>> = {}): ZodOpenApiResponsesObject {
  return Object.fromEntries(statuses.map((status) => [String(status), errorResponse(status, specific[status])]));
}

export const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });

/** A required request body of one media type. */
export const body = (schema: z.ZodType, type = "application/json") => ({ required: true, content: { [type]: { schema } } });

export const noContent = { description: "Done; no body" };

/** Every /api/v1 route needs a caller (401) and may find the database down (503); JSON bodies are capped (413). */
export function v1(
  operation: ZodOpenApiOperationObject & { tags: [string]; summary: string },
  { jsonBody = false }: { jsonBody?: boolean } = {},
): ZodOpenApiOperationObject {
  return {
    ...operation,
    security: operation.security ?? [{ session: [] }, { bearer: [] }],
    responses: {
      ...operation.responses,
      ...errors(jsonBody ? [401, 413, 503] : [401, 503], jsonBody ? { 413: "The JSON body is over 1 MB" } : {}),
      ...pickErrors(operation.responses),
    },
  };
}

// Statuses the operation itself described win over the generic ones above.
function pickErrors(responses: ZodOpenApiResponsesObject | undefined): ZodOpenApiResponsesObject {
  return Object.fromEntries(Object.entries(responses ?? {}).filter(([status]) => /^[45]/.test(status)));
}

export const SECURITY_SCHEMES = {
  session: {
    type: "apiKey",
    in: "cookie",
    name: "next-auth.session-token",
    description: "The browser session set by signing in at /login (`__Secure-next-auth.session-token` over HTTPS).",
  },
  bearer: {
    type: "http",
    scheme: "bearer",
    description: "A personal API token from Settings → API tokens: `Authorization: Bearer fdk_…`. Sent alone, never as a fallback to a cookie.",
  },
} as const;
