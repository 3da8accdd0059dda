import type { Role } from "@/lib/generated/prisma/enums";

/** Who is acting: every use case receives one and checks permissions against it. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
};

const RANK: Record<Role, number> = { REVIEWER: 1, EDITOR: 2, ADMIN: 3 };

export function hasRole(actor: Actor, atLeast: Role): boolean {
  return RANK[actor.role] >= RANK[atLeast];
}
