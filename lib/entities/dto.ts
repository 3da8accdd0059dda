import type { TAliasLang, TEntityKind } from "@/lib/text/aliases";

export type TEntityDto = { id: string; key: string; kind: TEntityKind; names: { text: string; lang: TAliasLang }[]; updatedAt: string };

export const entitySelect = { id: true, key: true, kind: true, updatedAt: true, aliases: { select: { text: true, lang: true }, orderBy: { id: "asc" } } } as const;

export function toEntityDto(row: { id: string; key: string; kind: TEntityKind; updatedAt: Date; aliases: { text: string; lang: string }[] }): TEntityDto {
  return { id: row.id, key: row.key, kind: row.kind, updatedAt: row.updatedAt.toISOString(), names: row.aliases.map((a) => ({ text: a.text, lang: a.lang as TAliasLang })) };
}
