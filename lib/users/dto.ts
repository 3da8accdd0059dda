import type { Role } from "@/lib/generated/prisma/enums";

export type TAccountDto = {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  createdAt: string;
  lastSignInAt: string | null;
};

export type TInvitationDto = { id: string; email: string; role: Role; createdAt: string; expiresAt: string; invitedBy: string | null };

export type TCreatedInvitationDto = { id: string; url: string; expiresAt: string };
