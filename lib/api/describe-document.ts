import { constraintsOf, fieldsOf, refOf, typeLabel, type TField, type TJsonSchema, type TSchemas } from "./describe-schema";

// The OpenAPI document as the API page shows it: operations grouped by tag, each with its access,
// parameters, request body fields and responses. Pure: it reads only the document.

export type TAccess = "public" | "session" | "sessionOrToken";
export type TParam = TField & { in: string };
export type TResponseView = { status: string; description: string; mediaType: string | null; type: string | null; ref: string | null };
export type TOperationView = {
  anchor: string;
  method: string;
  path: string;
  summary: string;
  description: string | null;
  access: TAccess;
  params: TParam[];
  body: { mediaType: string; type: string; ref: string | null; description: string | null; fields: TField[] } | null;
  responses: TResponseView[];
};
export type TTagView = { name: string; description: string; operations: TOperationView[] };
export type TSchemaView = { name: string; description: string | null; type: string; fields: TField[] };

type TMedia = Record<string, { schema?: TJsonSchema }>;
type TOperation = {
  tags?: string[];
  summary?: string;
  description?: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: TJsonSchema }[];
  requestBody?: { content?: TMedia };
  responses?: Record<string, { description?: string; content?: TMedia }>;
};
type TDocument = {
  tags?: { name: string; description?: string }[];
  security?: Record<string, string[]>[];
  paths?: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown> };
};

const METHODS = ["get", "post", "put", "patch", "delete"];

export function describeDocument(document: unknown): { tags: TTagView[]; schemas: TSchemaView[] } {
  const doc = document as TDocument;
  const schemas = (doc.components?.schemas ?? {}) as TSchemas;
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const op = item[method] as TOperation | undefined;
      return op ? [{ tag: op.tags?.[0] ?? "Other", view: describeOperation(path, method, op, doc.security ?? [], schemas) }] : [];
    }),
  );
  const tags = (doc.tags ?? []).map((tag) => ({
    name: tag.name,
    description: tag.description ?? "",
    operations: operations.filter((o) => o.tag === tag.name).map((o) => o.view),
  }));
  return {
    tags: tags.filter((tag) => tag.operations.length > 0),
    schemas: Object.entries(schemas).map(([name, schema]) => ({ name, description: schema.description ?? null, type: typeLabel(schema), fields: fieldsOf(schema, schemas) })),
  };
}

function describeOperation(path: string, method: string, op: TOperation, defaults: Record<string, string[]>[], schemas: TSchemas): TOperationView {
  const [bodyType, bodyMedia] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
  const bodySchema = bodyMedia?.schema;
  return {
    anchor: `${method}-${path}`.replace(/[^a-zA-Z0-9]+/g, "-").replace(/-+$/, ""),
    method: method.toUpperCase(),
    path,
    summary: op.summary ?? "",
    description: op.description ?? null,
    access: accessOf(op.security ?? defaults),
    params: (op.parameters ?? []).map((p) => ({
      name: p.name,
      in: p.in,
      type: typeLabel(p.schema),
      ref: refOf(p.schema),
      required: p.required ?? false,
      description: p.description ?? p.schema?.description ?? null,
      constraints: p.schema ? constraintsOf(p.schema) : null,
    })),
    body:
      bodyType && bodySchema
        ? { mediaType: bodyType, type: typeLabel(bodySchema), ref: refOf(bodySchema), description: bodySchema.description ?? null, fields: fieldsOf(bodySchema, schemas) }
        : null,
    responses: Object.entries(op.responses ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, response]) => {
        const [mediaType, media] = Object.entries(response.content ?? {})[0] ?? [];
        return { status, description: response.description ?? "", mediaType: mediaType ?? null, type: media?.schema ? typeLabel(media.schema) : null, ref: refOf(media?.schema) };
      }),
  };
}

function accessOf(security: Record<string, string[]>[]): TAccess {
  if (security.length === 0) return "public";
  return security.some((s) => "bearer" in s) ? "sessionOrToken" : "session";
}
