import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/validation";
import { normalizeText } from "@/lib/text/normalize";
import { entitySelect, toEntityDto, type TEntityDto } from "./dto";
import { canEditEntities } from "./permissions";
import { ZEntityBody, ZEntityUpdate, type TEntityBody } from "./schemas";

type TTx = Prisma.TransactionClient;

/** Adds an entity with its spellings. A spelling another entity already has is a 409 naming it. */
export async function createEntity({ db, actor, input }: { db: Db; actor: Actor; input: unknown }): Promise<TEntityDto> {
  requireEditor(actor);
  const body = parseInput(ZEntityBody, input);
  return db.$transaction(async (tx) => {
    if (await tx.entity.findUnique({ where: { key: body.key }, select: { id: true } })) {
      throw keyTaken(`An entity with the key "${body.key}" already exists; edit it instead.`);
    }
    await refuseTakenNames(tx, body.names, null);
    const names = uniqueNames(body.names);
    const created = await tx.entity.create({ data: { key: body.key, kind: body.kind, aliases: { create: names } }, select: entitySelect });
    await recordAudit(tx, { actor, action: "entity.create", entityType: "Entity", entityId: created.id, data: { key: body.key, kind: body.kind, names } });
    return toEntityDto(created);
  }).catch(raceToConflict);
}

/** Replaces an entity's kind, key or list of names (the list given is the whole new list). */
export async function updateEntity({ db, actor, input }: { db: Db; actor: Actor; input: { entityId: string; body: unknown } }): Promise<TEntityDto> {
  requireEditor(actor);
  const body = parseInput(ZEntityUpdate, input.body);
  return db.$transaction(async (tx) => {
    const before = await tx.entity.findUnique({ where: { id: input.entityId }, select: entitySelect });
    if (!before) throw new AppError("NOT_FOUND", "That entity does not exist. It may have been deleted.");
    if (body.key && body.key !== before.key && (await tx.entity.findUnique({ where: { key: body.key }, select: { id: true } }))) {
      throw keyTaken(`An entity with the key "${body.key}" already exists.`);
    }
    await refuseTakenNames(tx, body.names, before.id);
    const names = uniqueNames(body.names);
    await tx.entityAlias.deleteMany({ where: { entityId: before.id } });
    const updated = await tx.entity.update({
      where: { id: before.id },
      data: { key: body.key ?? before.key, kind: body.kind ?? before.kind, aliases: { create: names } },
      select: entitySelect,
    });
    await recordAudit(tx, { actor, action: "entity.update", entityType: "Entity", entityId: before.id, data: { before: toEntityDto(before), after: { key: updated.key, kind: updated.kind, names } } });
    return toEntityDto(updated);
  }).catch(raceToConflict);
}

export async function deleteEntity({ db, actor, input }: { db: Db; actor: Actor; input: { entityId: string } }): Promise<void> {
  requireEditor(actor);
  await db.$transaction(async (tx) => {
    const before = await tx.entity.findUnique({ where: { id: input.entityId }, select: entitySelect });
    if (!before) throw new AppError("NOT_FOUND", "That entity does not exist. It may already be deleted.");
    await tx.entity.delete({ where: { id: before.id } });
    await recordAudit(tx, { actor, action: "entity.delete", entityType: "Entity", entityId: before.id, data: { before: toEntityDto(before) } });
  });
}

function requireEditor(actor: Actor) {
  if (!canEditEntities(actor)) throw new AppError("FORBIDDEN", "Only editors and admins can change the alias table.");
}

/** Spellings that normalize alike (漢字 / 汉字, ＮＡＴＯ / NATO) are one name. */
function uniqueNames(names: TEntityBody["names"]) {
  const seen = new Map<string, TEntityBody["names"][number]>();
  for (const name of names) if (!seen.has(normalizeText(name.text))) seen.set(normalizeText(name.text), name);
  return [...seen.values()];
}

async function refuseTakenNames(tx: TTx, names: TEntityBody["names"], ownId: string | null) {
  const normalized = names.map((n) => normalizeText(n.text));
  const taken = await tx.$queryRaw<{ text: string; key: string }[]>`
    SELECT a.text, e.key FROM "EntityAlias" a JOIN "Entity" e ON e.id = a."entityId"
    WHERE fd_normalize(a.text) = ANY(${normalized}::text[]) AND (${ownId}::text IS NULL OR e.id <> ${ownId})`;
  if (taken.length > 0) {
    const list = taken.map((t) => `"${t.text}" (${t.key})`).join(", ");
    // Field paths point at the submitted rows, so a form can say which of its names is taken.
    const owner = new Map(taken.map((t) => [normalizeText(t.text), t]));
    const fields = normalized.flatMap((n, i) => {
      const other = owner.get(n);
      return other ? [{ path: `names.${i}.text`, message: `"${other.text}" already belongs to ${other.key}` }] : [];
    });
    throw new AppError("CONFLICT", `These names already belong to another entity: ${list}. Remove them there first, or edit that entity.`, { taken, fields });
  }
}

/** Two editors saving the same key or spelling at once: the unique indexes let only one through. */
function raceToConflict(error: unknown): never {
  if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", "Another editor has just saved this key or one of these names. Reload the alias table and try again.");
  throw error;
}

const keyTaken = (message: string) => new AppError("CONFLICT", message, { fields: [{ path: "key", message }] });
