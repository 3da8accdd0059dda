// Reads JSON Schemas of the OpenAPI document for people: a short type label ("Claim[]",
// "string | null", "\"asc\" | \"desc\"") and the fields of an object with their constraints.
// Pure, so the API page renders on the server from the document alone.

export type TJsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: TJsonSchema[];
  oneOf?: TJsonSchema[];
  items?: TJsonSchema;
  properties?: Record<string, TJsonSchema>;
  required?: string[];
  additionalProperties?: boolean | TJsonSchema;
  description?: string;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  maxItems?: number;
};

export type TSchemas = Record<string, TJsonSchema>;

export type TField = {
  name: string;
  type: string;
  /** The component a field's type names, for a link. */
  ref: string | null;
  required: boolean;
  description: string | null;
  constraints: string | null;
};

export const refName = (ref: string) => ref.replace("#/components/schemas/", "");

export function typeLabel(schema: TJsonSchema | undefined, depth = 0): string {
  if (!schema) return "any";
  if (schema.$ref) return refName(schema.$ref);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return union.map((s) => typeLabel(s, depth)).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) return types.map((type) => typeLabel({ ...schema, type }, depth)).join(" | ");
  switch (types[0]) {
    case "array":
      return `${wrap(typeLabel(schema.items, depth))}[]`;
    case "object":
      return objectLabel(schema, depth);
    case "string":
      return schema.format ? `string (${schema.format})` : "string";
    case undefined:
      return "any";
    default:
      return types[0];
  }
}

function objectLabel(schema: TJsonSchema, depth: number): string {
  const entries = Object.entries(schema.properties ?? {});
  if (entries.length === 0) {
    const extra = schema.additionalProperties;
    return typeof extra === "object" && Object.keys(extra).length > 0 ? `Record<string, ${typeLabel(extra, depth)}>` : "object";
  }
  // Small inline objects read best spelled out; larger ones are listed as fields instead.
  if (depth > 1 || entries.length > 4) return "object";
  const required = new Set(schema.required ?? []);
  return `{ ${entries.map(([name, s]) => `${name}${required.has(name) ? "" : "?"}: ${typeLabel(s, depth + 1)}`).join(", ")} }`;
}

const wrap = (label: string) => (label.includes(" | ") ? `(${label})` : label);

/** The component a type names, looking through `T | null` and `T[]`. */
export function refOf(schema: TJsonSchema | undefined): string | null {
  if (!schema) return null;
  if (schema.$ref) return refName(schema.$ref);
  const inner = schema.anyOf?.find((s) => s.$ref) ?? schema.oneOf?.find((s) => s.$ref) ?? schema.items;
  return inner ? refOf(inner) : null;
}

export function resolve(schema: TJsonSchema | undefined, schemas: TSchemas): TJsonSchema | undefined {
  return schema?.$ref ? schemas[refName(schema.$ref)] : schema;
}

/**
 * The fields of an object schema (following one $ref), in declaration order. Inline objects, and
 * arrays of them, are spelled out as dotted rows ("selector.start", "evidence[].stance") so a
 * reader sees every field a request takes; named schemas are linked instead.
 */
export function fieldsOf(schema: TJsonSchema | undefined, schemas: TSchemas, prefix = "", depth = 0): TField[] {
  const object = resolve(schema, schemas);
  const required = new Set(object?.required ?? []);
  return Object.entries(object?.properties ?? {}).flatMap(([name, s]) => {
    const field: TField = {
      name: prefix + name,
      type: typeLabel(s),
      ref: refOf(s),
      required: required.has(name),
      description: s.description ?? null,
      constraints: constraintsOf(s),
    };
    const inline = s.$ref ? undefined : s.type === "object" ? s : s.type === "array" && s.items && !s.items.$ref && s.items.type === "object" ? s.items : undefined;
    const nested = inline?.properties && depth < 2 ? fieldsOf(inline, schemas, `${prefix}${name}${inline === s ? "." : "[]."}`, depth + 1) : [];
    return [field, ...nested];
  });
}

export function constraintsOf(schema: TJsonSchema): string | null {
  const parts: string[] = [];
  const range = (min: number | undefined, max: number | undefined, unit: string) => {
    if (min !== undefined && max !== undefined) parts.push(`${min}–${max}${unit}`);
    else if (min === 1 && unit) parts.push("not empty");
    else if (min !== undefined) parts.push(`≥ ${min}${unit}`);
    else if (max !== undefined) parts.push(`≤ ${max}${unit}`);
  };
  range(schema.minLength, schema.maxLength, " characters");
  // 2^53 − 1 is zod's way of saying "any safe integer", not a limit worth showing.
  range(schema.minimum, schema.maximum === Number.MAX_SAFE_INTEGER ? undefined : schema.maximum, "");
  if (schema.exclusiveMinimum !== undefined) parts.push(`> ${schema.exclusiveMinimum}`);
  if (schema.maxItems !== undefined) parts.push(`at most ${schema.maxItems} items`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.length > 0 ? parts.join(", ") : null;
}
