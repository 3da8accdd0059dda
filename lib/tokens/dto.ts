import type { Prisma } from "@/lib/generated/prisma/client";

/** What lists show of a token: never the secret nor its hash. */
export const tokenSelect = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
} satisfies Prisma.ApiTokenSelect;

type TRow = Prisma.ApiTokenGetPayload<{ select: typeof tokenSelect }>;

export type TApiTokenDto = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null };

/** Returned once, at creation: the only time the token itself leaves the server. */
export type TCreatedTokenDto = TApiTokenDto & { token: string };

export function toTokenDto(row: TRow): TApiTokenDto {
  return { id: row.id, name: row.name, prefix: row.prefix, createdAt: row.createdAt.toISOString(), lastUsedAt: row.lastUsedAt?.toISOString() ?? null };
}
